/**
 * UI text of evidence and finalising (namespace `evidence`). `problems` is the one message table
 * of every blocking problem: one message per FinaliseProblemCode and FormProblemCode
 * (shared/records/finaliseProblem.ts), read by finalising and the checklist's 检查完成 alike;
 * `en` is typed against `zh`.
 */
import type { FinaliseProblemCode, FormProblemCode } from '../../../shared/records/finaliseProblem';
import type { CoordinateError } from '../../../shared/domain/parseCoordinates';
import type { LocationFailure } from './locationFromSystem';
import { evidenceUiEn, evidenceUiZh } from './finaliseMessages';
import { recordMessagesEn, recordMessagesZh } from './recordMessages';

const problemsZh = {
  'template-unknown': '检查表模板 {{id}} v{{version}} 不可用',
  'fact-missing': '请填写开始时询问的必填信息',
  'item-unanswered': '检查项尚未作答',
  'reading-incomplete': '测量值不足：需要 {{needed}} 个，已填 {{given}} 个',
  'reading-result-missing': '该读数没有适用限值，请选择符合或不符合',
  'result-override-reason-missing': '结果与读数判定不一致，请填写改判理由',
  'control-level-reason-missing': '所选控制要求与本县规定不一致，请填写理由',
  'finding-missing': '不符合或超标的检查项须填写问题及整改要求',
  'finding-description-missing': '问题描述为空',
  'finding-rule-missing': '请填写违反的规定',
  'finding-requirement-missing': '请填写整改要求',
  'finding-deadline-missing': '请填写整改期限',
  'finding-deadline-past': '整改期限 {{deadline}} 早于检查日期',
  'finding-not-needed': '该项已不需要问题记录，请删除',
  'fact-invalid': '信息格式不正确',
  'reading-invalid': '读数格式不正确',
  'instrument-invalid': '仪器信息有误',
  'finding-invalid': '问题记录中有格式不正确的内容',
  'inspectors-too-few': '执法人员不少于两名（现有 {{count}} 名）',
  'inspector-certificate-missing': '执法人员 {{name}} 缺少执法证号',
  'inspector-duplicate': '执法人员 {{name}} 重复',
  'certificates-not-shown': '请确认已出示执法证件',
  'recusal-not-asked': '请确认已告知当事人申请回避的权利',
  'recusal-not-answered': '请记录当事人是否申请回避',
  'rights-not-notified': '请确认已告知当事人权利义务',
  'start-missing': '请填写检查开始时间',
  'end-missing': '请填写检查结束时间',
  'end-before-start': '结束时间早于开始时间',
  'location-missing': '请记录检查地点坐标',
  'signature-inspector-missing': '执法人员 {{name}} 尚未签名',
  'signature-party-missing': '当事人尚未签名（或记录拒签）',
  'party-signed-and-refused': '当事人已签名，不能同时记录拒签',
  'refusal-reason-missing': '请填写拒签原因',
  'refusal-witness-missing': '请填写见证人姓名',
  'signature-witness-missing': '见证人 {{name}} 尚未签名',
  'party-confirmation-missing': '请填写当事人确认意见',
  'attachment-missing': '照片或签名文件缺失',
  'reason-missing': '请选择检查事由',
  'recorder-missing': '请指定记录人（须为本笔录的执法人员）',
  'refusal-with-confirmation': '当事人拒签时不能同时保留确认意见（以拒签记录代替）',
  'witness-is-inspector': '见证人 {{name}} 是本次执法人员，见证人须为其他人员',
  'party-absent-and-signed': '当事人不在场时不能同时有当事人签名或拒签记录',
  'absence-witness-missing': '当事人不在场：请填写见证人姓名',
  'photo-doubt-unconfirmed': '照片的拍摄时间或位置与本次检查不符，请填写确认理由',
  'machine-unknown': '本次检查的机械（{{id}}）不在机械名录中',
  'unprintable-character':
    '“{{char}}”（{{codePoint}}，位于 {{field}}）无法打印：PDF 字体没有这个字符，请改用常用字或文字说明',
  'recheck-outcome-missing': '复查事项尚未填写复查结论（已整改、未整改或移交立案）',
  'recheck-photo-missing': '已整改的事项须附至少一张整改后照片',
  'recheck-deadline-missing': '未整改的事项须填写新的整改期限（或移交立案）',
  'recheck-deadline-past': '新的整改期限 {{deadline}} 早于复查日期',
} satisfies Record<FinaliseProblemCode | FormProblemCode, string>;

const problemsEn = {
  'template-unknown': 'Checklist template {{id}} v{{version}} is not available',
  'fact-missing': 'Answer the required start question',
  'item-unanswered': 'This item has no answer yet',
  'reading-incomplete': 'Not enough readings: {{needed}} needed, {{given}} given',
  'reading-result-missing': 'No limit applies to this reading: choose compliant or not compliant',
  'result-override-reason-missing':
    'The result differs from the reading’s judgement: give the reason',
  'control-level-reason-missing': 'The control level differs from the county’s: give the reason',
  'finding-missing': 'A failed or exceeded item needs a finding with a requirement',
  'finding-description-missing': 'The finding has no description',
  'finding-rule-missing': 'Enter the rule breached',
  'finding-requirement-missing': 'Enter the rectification requirement',
  'finding-deadline-missing': 'Enter the rectification deadline',
  'finding-deadline-past': 'Deadline {{deadline}} is before the inspection day',
  'finding-not-needed': 'Finding no longer needed: delete it',
  'fact-invalid': 'Information in a wrong format',
  'reading-invalid': 'A reading is not a valid number',
  'instrument-invalid': 'Instrument details invalid',
  'finding-invalid': 'The finding holds text in a wrong format',
  'inspectors-too-few': 'At least two inspectors are required ({{count}} now)',
  'inspector-certificate-missing': 'Inspector {{name}} has no certificate number',
  'inspector-duplicate': 'Inspector {{name}} is listed twice',
  'certificates-not-shown': 'Confirm that the certificates were shown',
  'recusal-not-asked': 'Confirm that the party was told of the right to ask for recusal',
  'recusal-not-answered': 'Record whether the party asked for recusal',
  'rights-not-notified': 'Confirm that the party was told of their rights and duties',
  'start-missing': 'Enter the start time',
  'end-missing': 'Enter the end time',
  'end-before-start': 'The end time is before the start time',
  'location-missing': 'Record the location',
  'signature-inspector-missing': 'Inspector {{name}} has not signed',
  'signature-party-missing': 'The party has not signed (or record a refusal)',
  'party-signed-and-refused': 'The party signed: a refusal cannot be recorded as well',
  'refusal-reason-missing': 'Enter the reason for the refusal',
  'refusal-witness-missing': 'Enter the witness’s name',
  'signature-witness-missing': 'Witness {{name}} has not signed',
  'party-confirmation-missing': 'Enter the party’s confirmation',
  'attachment-missing': 'A photo or signature file is missing',
  'reason-missing': 'Choose the reason for the inspection',
  'recorder-missing': 'Name the recorder (one of the inspectors on this record)',
  'refusal-with-confirmation':
    'The party refused to sign: the confirmation statement cannot stand as well (the refusal replaces it)',
  'witness-is-inspector':
    'Witness {{name}} is an inspector on this record; the witness must be someone else',
  'party-absent-and-signed': 'The party is absent: there can be no party signature or refusal',
  'absence-witness-missing': 'The party is absent: enter the witness’s name',
  'photo-doubt-unconfirmed':
    'A photo’s time or place does not fit this inspection: confirm it with a reason',
  'machine-unknown': 'The machine of this check ({{id}}) is not in the registry',
  'unprintable-character':
    '“{{char}}” ({{codePoint}}, in {{field}}) cannot be printed: the PDF font has no such character; use a common character or words instead',
  'recheck-outcome-missing':
    'Re-inspection item has no outcome yet (rectified, not rectified or referred)',
  'recheck-photo-missing': 'A rectified item needs at least one photo of the rectified state',
  'recheck-deadline-missing': 'A not-rectified item needs a new deadline (or a referral)',
  'recheck-deadline-past': 'New deadline {{deadline}} is before the re-inspection day',
} satisfies Record<FinaliseProblemCode | FormProblemCode, string>;

const coordinatesZh = {
  empty: '请输入坐标',
  format: '无法识别的坐标格式，例如 37.52, 111.14 或 北纬37度31分12秒 东经111度8分24秒',
  swapped: '纬度超过 90°：是否把经度和纬度写反了？',
  'latitude-range': '纬度须在 -90° 到 90° 之间',
  'longitude-range': '经度须在 -180° 到 180° 之间',
  'minutes-range': '分须小于 60',
  'seconds-range': '秒须小于 60',
  hemisphere: '南北纬、东西经标注有误',
} satisfies Record<CoordinateError, string>;

const coordinatesEn = {
  empty: 'Enter coordinates',
  format: 'Unrecognised format; e.g. 37.52, 111.14 or 37°31′12″N 111°8′24″E',
  swapped: 'Latitude above 90°: are latitude and longitude swapped?',
  'latitude-range': 'Latitude must be between -90° and 90°',
  'longitude-range': 'Longitude must be between -180° and 180°',
  'minutes-range': 'Minutes must be below 60',
  'seconds-range': 'Seconds must be below 60',
  hemisphere: 'The N/S or E/W letters do not fit',
} satisfies Record<CoordinateError, string>;

const locationZh = {
  unsupported: '此设备无法定位，请从照片读取或手动输入',
  denied: '定位权限被拒绝，请从照片读取或手动输入',
  unavailable: '当前无法定位，请从照片读取或手动输入',
  timeout: '定位超时，请从照片读取或手动输入',
} satisfies Record<LocationFailure, string>;

const locationEn = {
  unsupported: 'This device cannot locate itself: use a photo or type the coordinates',
  denied: 'Location permission was denied: use a photo or type the coordinates',
  unavailable: 'No location available now: use a photo or type the coordinates',
  timeout: 'Locating timed out: use a photo or type the coordinates',
} satisfies Record<LocationFailure, string>;

export const evidenceZh = {
  problems: problemsZh,
  coordinates: coordinatesZh,
  location: locationZh,
  record: recordMessagesZh,
  ...evidenceUiZh,
};
export const evidenceEn = {
  problems: problemsEn,
  coordinates: coordinatesEn,
  location: locationEn,
  record: recordMessagesEn,
  ...evidenceUiEn,
};
