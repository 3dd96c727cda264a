/**
 * One sentence per AppErrorCode (shared/errors/errorCodes.ts), namespace `appErrors`; the
 * code `a.b` is the key `appErrors.a.b`. `en` is typed against `zh`, and
 * tests/renderer/errors/errorMessages.test.ts fails when a code has no sentence.
 */
import type { MessageShape } from '../i18n/messageShape';

export const appErrorsZh = {
  unknown: '发生了意外错误，操作未完成。请重试；如仍失败，请联系管理员。',
  ipc: {
    forbidden: '此页面无权执行该操作。',
    invalidInput: '提交的内容不符合要求（{{reason}}），未做任何更改。',
    invalidOutput: '程序内部返回了无效结果，操作未完成。请重启应用后重试。',
  },
  file: {
    tooLarge: '文件过大，无法打开或保存。',
    notAFile: '所选的不是文件，请选择一个文件。',
    invalidName: '文件名无效：不能包含斜杠、冒号、星号、问号、引号、尖括号或竖线。',
    unreadable: '无法读取该文件，文件可能已损坏。',
  },
  print: {
    unavailable: '本机无法打开 PDF 进行打印，请先保存 PDF 再用其他程序打印。',
    openFailed: '无法打开 PDF 查看器，请确认本机已安装 PDF 阅读程序，或先保存 PDF 再打印。',
    popupBlocked: '浏览器阻止了新窗口，请允许本站弹出窗口后再试。',
  },
  pdf: {
    missingGlyph: 'PDF 字体无法显示以下字符：{{chars}}（位于 {{fields}}）。请改用常用字后再生成。',
    assetMissing: '生成 PDF 所需的字体或资源缺失，请重新安装应用。',
  },
  input: {
    invalid: '输入无效：{{reason}}',
  },
  storage: {
    full: '本机存储空间已满，未能保存。请释放磁盘空间，并尽快同步或导出记录。',
    failed: '本地数据库读写失败，未能完成操作。请重试；如仍失败，请重启应用。',
  },
  record: {
    finalized: '该记录已定稿，不能再修改。',
    notDraft: '该记录不是草稿，不能这样修改。',
    notFound: '未找到该记录，可能已被删除。',
    notFinalized: '该记录尚未定稿。',
    finaliseBlocked: '还有 {{count}} 处问题未解决，不能定稿。',
  },
  attachment: {
    inUse: '该附件仍被记录使用，不能删除。',
  },
  machine: {
    duplicatePin: '已有机械使用同一 PIN 码。',
    duplicateCode: '已有机械使用同一登记号码。',
  },
  sync: {
    unavailable: '本机未启用同步功能。',
    notEnrolled: '本机尚未注册到办公室服务器。',
    serverUrl: '服务器地址无效，请填写 http:// 或 https:// 开头的地址。',
    pathNotAllowed: '不允许向服务器发送该请求。',
    bodyTooLarge: '要发送的数据过大，服务器不会接收。',
    bodyMismatch: '同步请求格式不正确。',
    responseTooLarge: '服务器返回的数据过大，已拒收。',
    noSecureStorage: '本机系统无法安全保存同步凭据，未能注册。',
    network: '连不上服务器，请检查网络；恢复后会自动同步。',
    cancelled: '同步已取消。',
    unexpectedAnswer: '服务器的回答无法识别（HTTP {{status}}），请确认服务器地址与版本。',
    receiptMismatch: '服务器的回执与发送的数据不符，请稍后重新同步。',
    bundleWorkerFailed: '后台校验文件时出错，未导入任何内容。',
  },
  server: {
    enrolCodeInvalid: '注册码无效、已用过或已过期，请向管理员索取新的注册码。',
    unauthorized: '服务器不再认可本机，请重新注册。',
    deviceRevoked: '本设备已被停用，请联系管理员。本机的记录仍在，可用 U 盘导出文件交给办公室。',
    adminOnly: '只有管理设备可以管理设备。',
    outOfScope: '这些记录不在本机的同步范围内，服务器拒收。',
    rateLimited: '请求过于频繁，请稍后再试。',
    busy: '服务器正忙，请稍后再试。',
    tooLarge: '数据过大，服务器拒收。',
    unsupported: '服务器不支持此格式，请确认应用与服务器版本一致。',
    badRequest: '服务器拒绝了请求（内容不符合要求）。',
    notFound: '服务器上没有找到所需内容。',
    attachmentsMissing: '服务器尚缺附件，下次同步时会补传。',
    bundleRefused: '服务器拒收了同步数据（数据被改动或损坏）。',
    recordRefused: '服务器拒收了已定稿的记录（记录不完整或被改动）。',
    conflict: '服务器上已有不同的数据，产生冲突。',
    cursorAhead: '服务器的数据已恢复到较早的状态，将重新下载。',
    internal: '办公室服务器内部出错（HTTP {{status}}），请稍后再试或联系管理员。',
  },
};

export const appErrorsEn: MessageShape<typeof appErrorsZh> = {
  unknown:
    'Something unexpected went wrong and the action was not completed. Try again; if it keeps failing, contact the administrator.',
  ipc: {
    forbidden: 'This page may not do that.',
    invalidInput: 'What was sent is not valid ({{reason}}); nothing was changed.',
    invalidOutput: 'The app returned an invalid result internally. Restart the app and try again.',
  },
  file: {
    tooLarge: 'The file is too large to open or save.',
    notAFile: 'What was chosen is not a file. Choose a file.',
    invalidName:
      'The file name is not valid: it may not contain slashes, colons, asterisks, question marks, quotes, angle brackets or bars.',
    unreadable: 'The file cannot be read; it may be damaged.',
  },
  print: {
    unavailable:
      'This computer cannot open the PDF for printing. Save the PDF and print it from another program.',
    openFailed:
      'No PDF viewer could open the file. Check that a PDF reader is installed, or save the PDF and print it from there.',
    popupBlocked: 'The browser blocked the new window. Allow pop-ups for this site and try again.',
  },
  pdf: {
    missingGlyph:
      'The PDF font cannot show these characters: {{chars}} (in {{fields}}). Use common characters and try again.',
    assetMissing: 'A font or resource needed for the PDF is missing. Reinstall the app.',
  },
  input: {
    invalid: 'Not valid: {{reason}}',
  },
  storage: {
    full: 'This computer’s storage is full and nothing was saved. Free disk space, and sync or export records soon.',
    failed:
      'The local database could not be read or written. Try again; if it keeps failing, restart the app.',
  },
  record: {
    finalized: 'This record is finalised and can no longer be changed.',
    notDraft: 'This record is not a draft and cannot be changed this way.',
    notFound: 'The record was not found; it may have been deleted.',
    notFinalized: 'This record is not finalised yet.',
    finaliseBlocked: '{{count}} problem(s) remain, so the record cannot be finalised.',
  },
  attachment: {
    inUse: 'A record still lists this attachment, so it cannot be deleted.',
  },
  machine: {
    duplicatePin: 'Another machine already has the same PIN.',
    duplicateCode: 'Another machine already has the same registration code.',
  },
  sync: {
    unavailable: 'Sync is not available on this computer.',
    notEnrolled: 'This computer is not enrolled with the office server.',
    serverUrl:
      'The server address is not valid: give an address starting with http:// or https://.',
    pathNotAllowed: 'That request to the server is not allowed.',
    bodyTooLarge: 'The data to send is too large for the server.',
    bodyMismatch: 'The sync request is malformed.',
    responseTooLarge: 'The server’s answer was too large and was refused.',
    noSecureStorage:
      'This system cannot store the sync credentials securely, so enrolment did not happen.',
    network:
      'The office server cannot be reached. Check the network; sync resumes when it is back.',
    cancelled: 'Sync was cancelled.',
    unexpectedAnswer:
      'The server’s answer was not understood (HTTP {{status}}). Check the server address and version.',
    receiptMismatch: 'The server’s receipt does not match what was sent. Sync again later.',
    bundleWorkerFailed: 'Checking the file in the background failed; nothing was imported.',
  },
  server: {
    enrolCodeInvalid:
      'The enrolment code is not valid, already used or expired. Ask the administrator for a new code.',
    unauthorized: 'The server no longer accepts this computer. Enrol it again.',
    deviceRevoked:
      'This device has been disabled; please contact the administrator. Its records are kept here and can still be exported to a file for the office.',
    adminOnly: 'Only an admin device can manage devices.',
    outOfScope: 'These records are outside this computer’s sync scope; the server refused them.',
    rateLimited: 'Too many requests. Try again shortly.',
    busy: 'The server is busy. Try again shortly.',
    tooLarge: 'The data is too large; the server refused it.',
    unsupported:
      'The server does not support this format. Check the app and server versions match.',
    badRequest: 'The server refused the request (the content is not valid).',
    notFound: 'The server does not have what was asked for.',
    attachmentsMissing: 'The server still lacks attachments; they are sent at the next sync.',
    bundleRefused: 'The server refused the sync data (it was changed or damaged).',
    recordRefused: 'The server refused a finalised record (incomplete or changed).',
    conflict: 'The server holds different data: there is a conflict.',
    cursorAhead: 'The server’s data was restored to an earlier state; it will be downloaded again.',
    internal:
      'The office server had an internal error (HTTP {{status}}). Try again later or contact the administrator.',
  },
};
