/** UI text of rectification, 复查 and the due list (namespace `rectification`). */
import type { RecheckOutcome } from '../../../shared/rectification/recheckSchema';
import type { RectificationState } from '../../../shared/rectification/rectificationState';

const statesZh = {
  open: '整改中',
  'due-soon': '即将到期',
  overdue: '已逾期',
  closed: '已整改销号',
  referred: '已移交立案',
} satisfies Record<RectificationState, string>;

const statesEn = {
  open: 'Open',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  closed: 'Closed',
  referred: 'Referred',
} satisfies Record<RectificationState, string>;

const outcomesZh = {
  rectified: '已整改',
  'not-rectified': '未整改',
  referred: '移交立案',
} satisfies Record<RecheckOutcome, string>;

const outcomesEn = {
  rectified: 'Rectified',
  'not-rectified': 'Not rectified',
  referred: 'Referred for a case',
} satisfies Record<RecheckOutcome, string>;

export const rectificationZh = {
  nav: '整改复查',
  states: statesZh,
  outcomes: outcomesZh,
  start: '开始复查',
  starting: '正在创建复查记录…',
  startFailed: '无法创建复查记录：{{message}}',
  recheckOf: '复查原记录',
  rechecks: '复查记录',
  recheckDraft: '复查（草稿）',
  section: '复查事项',
  sectionHint: '逐项填写复查结论：已整改须附整改后照片；未整改须定新的整改期限，或移交立案。',
  item: '事项 {{n}}',
  finding: '原发现问题',
  requirement: '整改要求',
  deadline: '整改期限',
  outcome: '复查结论',
  newDeadline: '新的整改期限',
  note: '复查情况说明',
  addPhoto: '添加整改后照片',
  photoCount: '已附照片 {{count}} 张',
  photoFailed: '照片未能加入：{{message}}',
  complete: '复查完成',
  endedAt: '复查结束时间：{{time}}',
  dueList: {
    title: '整改事项',
    scope: '范围',
    mine: '我的（到期和逾期）',
    all: '全部事项',
    groupBy: '分组',
    none: '不分组',
    county: '县（市、区）',
    inspector: '执法人员',
    site: '检查对象',
    template: '检查表',
    state: '状态',
    empty: '没有符合条件的整改事项',
    record: '记录编号',
    daysLeft: '剩余天数',
    count: '共 {{count}} 项',
  },
};

export const rectificationEn = {
  nav: 'Rectification',
  states: statesEn,
  outcomes: outcomesEn,
  start: 'Start re-inspection',
  starting: 'Creating the re-inspection…',
  startFailed: 'Could not create the re-inspection: {{message}}',
  recheckOf: 'Re-inspection of',
  rechecks: 'Re-inspections',
  recheckDraft: 'Re-inspection (draft)',
  section: 'Re-inspection items',
  sectionHint:
    'Give each item an outcome: rectified needs a photo of the rectified state; not rectified needs a new deadline, or a referral.',
  item: 'Item {{n}}',
  finding: 'Original finding',
  requirement: 'Requirement',
  deadline: 'Deadline',
  outcome: 'Outcome',
  newDeadline: 'New deadline',
  note: 'Notes on the re-inspection',
  addPhoto: 'Add a photo of the rectified state',
  photoCount: '{{count}} photo(s) attached',
  photoFailed: 'The photo was not added: {{message}}',
  complete: 'Re-inspection complete',
  endedAt: 'Re-inspection ended at {{time}}',
  dueList: {
    title: 'Rectification items',
    scope: 'Scope',
    mine: 'Mine (due and overdue)',
    all: 'All items',
    groupBy: 'Group by',
    none: 'No grouping',
    county: 'County',
    inspector: 'Inspector',
    site: 'Site',
    template: 'Checklist',
    state: 'State',
    empty: 'No rectification items match',
    record: 'Record number',
    daysLeft: 'Days left',
    count: '{{count}} item(s)',
  },
} satisfies typeof rectificationZh;
