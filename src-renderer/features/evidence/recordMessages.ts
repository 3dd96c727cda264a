/**
 * UI text of the record elements of issue #9 (docs/records.md): reason, recorder, the party's
 * absence and photo doubts. Merged into the `evidence` namespace as `record`.
 */
import type { InspectionReason } from '../../../shared/domain/inspection';

const reasonsZh = {
  routine: '日常巡查',
  random: '双随机抽查',
  complaint: '信访投诉',
  campaign: '专项行动',
  recheck: '复查',
  'pollution-alert': '重污染天气应急',
  other: '其他',
} satisfies Record<InspectionReason, string>;

const reasonsEn = {
  routine: 'Routine patrol',
  random: 'Random inspection (double random)',
  complaint: 'Complaint',
  campaign: 'Special campaign',
  recheck: 'Follow-up check',
  'pollution-alert': 'Heavy-pollution emergency',
  other: 'Other',
} satisfies Record<InspectionReason, string>;

export const recordMessagesZh = {
  reason: '检查事由',
  reasons: reasonsZh,
  recorder: '记录人',
  recorderHint: '由哪位执法人员制作本笔录',
  chooseRecorder: '请选择',
  absent: '当事人不在场',
  absentWitness: '见证人姓名（不能是执法人员）',
  saveAbsence: '记录当事人不在场',
  absenceSaved: '已记录当事人不在场',
  absenceHint: '当事人不在场时须有见证人在场并签名',
  absentNote: '当事人不在场（见证人：{{name}}）',
  witnessIsInspector: '见证人不能是本次执法人员',
  doubtDay: '拍摄日期 {{day}} 不是检查当日',
  doubtDistance: '拍摄位置距检查地点约 {{km}} 公里',
  doubtReason: '确认理由',
  doubtHint: '照片与本次检查的时间或地点不符，请说明为何仍作为本次证据',
};

export const recordMessagesEn: typeof recordMessagesZh = {
  reason: 'Reason for the inspection',
  reasons: reasonsEn,
  recorder: 'Recorder',
  recorderHint: 'The inspector who writes this record',
  chooseRecorder: 'Choose',
  absent: 'The party is absent',
  absentWitness: 'Witness’s name (not an inspector)',
  saveAbsence: 'Record the absence',
  absenceSaved: 'Absence recorded',
  absenceHint: 'When the party is absent a witness attends and signs',
  absentNote: 'The party is absent (witness: {{name}})',
  witnessIsInspector: 'The witness cannot be one of the inspectors',
  doubtDay: 'Taken on {{day}}, not the inspection day',
  doubtDistance: 'Taken about {{km}} km from the inspection location',
  doubtReason: 'Reason for keeping it',
  doubtHint: 'This photo does not fit the inspection’s time or place: say why it is evidence',
};
