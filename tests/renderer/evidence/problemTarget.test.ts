// Problem paths → the ids of the blocks the screens render, most specific first.
import { describe, expect, it } from 'vitest';
import {
  candidateIds,
  evidenceFieldId,
} from '../../../src-renderer/features/evidence/problemTarget';
import { checkPhotoFile } from '../../../src-renderer/features/evidence/addPhoto';

describe('evidenceFieldId / candidateIds', () => {
  it.each([
    { path: ['inspectors', 1, 'certificateNumber'], id: 'ev-inspectors-1-certificateNumber' },
    { path: ['legal', 'rightsNotified'], id: 'ev-legal-rightsNotified' },
    { path: ['refusal', 'witnessSignature'], id: 'ev-refusal-witnessSignature' },
    { path: ['attachments', 'a.b/c d'], id: 'ev-attachments-a_b_c_d' },
  ])('$path → $id', ({ path, id }) => {
    expect(evidenceFieldId(path)).toBe(id);
  });

  it('falls back to the parent blocks', () => {
    expect(candidateIds(['inspectors', 0, 'signature'])).toEqual([
      'ev-inspectors-0-signature',
      'ev-inspectors-0',
      'ev-inspectors',
    ]);
  });
});

describe('checkPhotoFile', () => {
  const MB = 1024 * 1024;
  it.each([
    { name: 'IMG_0001.JPG', type: 'image/jpeg', size: 3 * MB, problem: undefined },
    { name: '东门.png', type: 'image/png', size: 200_000, problem: undefined },
    { name: '无类型.jpeg', type: '', size: 200_000, problem: undefined },
    { name: '记录.txt', type: 'text/plain', size: 10, problem: 'not-image' },
    { name: '现场.heic', type: 'image/heic', size: 2 * MB, problem: 'not-image' },
    { name: '空.jpg', type: 'image/jpeg', size: 0, problem: 'empty' },
    { name: '全景.jpg', type: 'image/jpeg', size: 41 * MB, problem: 'too-large' },
  ])('$name ($type, $size B) → $problem', ({ name, type, size, problem }) => {
    expect(checkPhotoFile({ name, type, size })).toBe(problem);
  });
});
