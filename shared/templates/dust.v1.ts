/**
 * Construction-site dust audit, version 1: the "six 100%" (国发〔2018〕22号) with the
 * usual sub-checks and the related checks (docs/domain.md §2). Local norms vary and Lüliang's
 * own numbers were not found [U], so the enclosure heights are limits the office may
 * override. Air Law (《大气污染防治法》) Art. 69 governs sites, Art. 70 transport.
 * Shipped data: never edit, add a v2.
 */
import type { ChecklistTemplate } from './templateSchema';

const SIX = '国发〔2018〕22号';
const ART69 = '《中华人民共和国大气污染防治法》第六十九条';
const ART70 = '《中华人民共和国大气污染防治法》第七十条';
const PLAN = '吕政办发〔2021〕38号';

export const dustV1 = {
  id: 'dust',
  version: 1,
  type: 'dust',
  title: {
    zh: '建筑施工工地扬尘污染防治现场检查（"六个百分之百"）',
    en: 'Construction site dust control inspection ("six 100%")',
  },
  options: [],
  facts: [
    {
      kind: 'text',
      id: 'projectName',
      label: { zh: '工程名称', en: 'Project name' },
      required: true,
      maxLength: 100,
    },
    {
      kind: 'text',
      id: 'builder',
      label: { zh: '建设单位', en: 'Client (construction unit)' },
      required: true,
      maxLength: 100,
    },
    {
      kind: 'text',
      id: 'contractor',
      label: { zh: '施工单位', en: 'Contractor' },
      required: true,
      maxLength: 100,
    },
    {
      kind: 'text',
      id: 'supervisor',
      label: { zh: '监理单位', en: 'Supervising engineer' },
      maxLength: 100,
    },
    {
      kind: 'text',
      id: 'constructionPermit',
      label: { zh: '施工许可证编号', en: 'Construction permit number' },
      maxLength: 60,
    },
    {
      kind: 'number',
      id: 'areaM2',
      label: { zh: '施工面积', en: 'Site area' },
      unit: 'm²',
      min: 0,
    },
    {
      kind: 'select',
      id: 'stage',
      label: { zh: '施工阶段', en: 'Stage of works' },
      required: true,
      choices: [
        { value: 'earthwork', label: { zh: '土石方及基础施工', en: 'Earthworks and foundations' } },
        { value: 'structure', label: { zh: '主体结构施工', en: 'Main structure' } },
        { value: 'finishing', label: { zh: '装饰装修及收尾', en: 'Finishing' } },
        { value: 'demolition', label: { zh: '拆除工程', en: 'Demolition' } },
        {
          value: 'municipal',
          label: { zh: '市政道路及管网工程', en: 'Roads and utility networks' },
        },
        { value: 'suspended', label: { zh: '停工', en: 'Suspended' } },
      ],
    },
    {
      kind: 'select',
      id: 'onMainRoad',
      label: { zh: '工地是否临城市主要路段', en: 'Does the site front a main street?' },
      hint: { zh: '决定围挡高度要求。', en: 'Sets the enclosure height required.' },
      required: true,
      choices: [
        { value: 'yes', label: { zh: '是', en: 'Yes' } },
        { value: 'no', label: { zh: '否', en: 'No' } },
      ],
    },
  ],
  sections: [
    {
      id: 'dust.enclosure',
      title: { zh: '一、工地周边围挡', en: '1. Site perimeter enclosed' },
      items: [
        {
          kind: 'check',
          id: 'dust.enclosure.continuous',
          text: {
            zh: '施工现场周边设置连续、封闭的硬质围挡，无缺口、破损',
            en: 'Continuous hard enclosure around the site, no gaps or damage',
          },
          source: ART69,
        },
        {
          kind: 'reading',
          id: 'dust.enclosure.height',
          text: { zh: '围挡高度（一般路段）', en: 'Enclosure height (ordinary road)' },
          guidance: {
            zh: '多处测量时取最低值判定。',
            en: 'With several points the lowest is judged.',
          },
          source: 'HJ/T 393-2007',
          condition: { fact: 'onMainRoad', equals: 'no' },
          unit: 'm',
          repeats: 1,
          maxRepeats: 10,
          judgedBy: 'min',
          decimals: 1,
          instruments: ['tape-measure'],
          limitRef: 'dust.enclosure-height',
        },
        {
          kind: 'reading',
          id: 'dust.enclosure.height-main-road',
          text: { zh: '围挡高度（主要路段）', en: 'Enclosure height (main street)' },
          guidance: {
            zh: '多处测量时取最低值判定。',
            en: 'With several points the lowest is judged.',
          },
          source: 'HJ/T 393-2007',
          condition: { fact: 'onMainRoad', equals: 'yes' },
          unit: 'm',
          repeats: 1,
          maxRepeats: 10,
          judgedBy: 'min',
          decimals: 1,
          instruments: ['tape-measure'],
          limitRef: 'dust.enclosure-height-main-road',
        },
        {
          kind: 'check',
          id: 'dust.enclosure.stable',
          text: {
            zh: '围挡稳固、整洁，底部设置防溢座或采取防止泥浆外溢措施',
            en: 'Enclosure stable and clean, with a kerb or other barrier against mud escaping',
          },
          source: 'HJ/T 393-2007',
        },
        {
          kind: 'check',
          id: 'dust.enclosure.building-mesh',
          text: {
            zh: '在建建筑物外侧采用密目式安全网全封闭',
            en: 'Buildings under construction wrapped in dense safety mesh',
          },
          source: 'HJ/T 393-2007',
          condition: { fact: 'stage', in: ['structure', 'finishing'] },
        },
      ],
    },
    {
      id: 'dust.covering',
      title: { zh: '二、物料堆放覆盖', en: '2. Stockpiles and bare soil covered' },
      items: [
        {
          kind: 'check',
          id: 'dust.covering.bare-soil',
          text: {
            zh: '裸露土方及场地采用密目网覆盖或绿化，覆盖完整、固定牢靠',
            en: 'Bare soil covered with dense mesh or planted, completely and securely',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.covering.stockpiles',
          text: {
            zh: '砂石等易产生扬尘的物料覆盖或在密闭料棚内存放',
            en: 'Sand, gravel and other dusty materials covered or kept in a closed shed',
          },
          source: '《中华人民共和国大气污染防治法》第七十二条',
        },
        {
          kind: 'check',
          id: 'dust.covering.powders',
          text: {
            zh: '水泥、石灰、腻子粉等粉状材料密闭存放或严密覆盖',
            en: 'Cement, lime and other powders stored closed or tightly covered',
          },
          source: 'HJ/T 393-2007',
        },
        {
          kind: 'check',
          id: 'dust.covering.construction-waste',
          text: {
            zh: '建筑垃圾集中堆放、及时清运，未能及时清运的予以覆盖',
            en: 'Construction waste heaped in one place and cleared promptly, covered until then',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.covering.no-throwing',
          text: {
            zh: '楼层内建筑垃圾采用封闭式管道或容器吊运，无凌空抛撒',
            en: 'Waste from upper floors lowered in closed chutes or containers, never thrown down',
          },
          source: 'HJ/T 393-2007',
          condition: { fact: 'stage', in: ['structure', 'finishing', 'demolition'] },
        },
      ],
    },
    {
      id: 'dust.wet',
      title: {
        zh: '三、土方开挖（拆除）湿法作业',
        en: '3. Wet working for earthworks and demolition',
      },
      items: [
        {
          kind: 'check',
          id: 'dust.wet.earthwork',
          text: {
            zh: '土方开挖、回填、场地平整等作业时采取洒水、喷雾等湿法抑尘措施',
            en: 'Spraying or misting during excavation, backfill and grading',
          },
          source: SIX,
          condition: { fact: 'stage', in: ['earthwork', 'municipal'] },
        },
        {
          kind: 'check',
          id: 'dust.wet.demolition',
          text: {
            zh: '拆除作业时同步采取持续洒水或喷雾降尘措施',
            en: 'Continuous spraying or misting during demolition',
          },
          source: SIX,
          condition: { fact: 'stage', equals: 'demolition' },
        },
        {
          kind: 'check',
          id: 'dust.wet.equipment',
          text: {
            zh: '现场配备雾炮、洒水车或喷淋设施，并正常使用',
            en: 'Fog cannons, water trucks or sprinklers on site and in use',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.wet.strong-wind',
          text: {
            zh: '遇四级及以上大风天气停止土方开挖、回填、拆除等易产生扬尘的作业',
            en: 'Earthworks, backfill and demolition stopped in winds of force 4 and above',
          },
          guidance: {
            zh: '风力等级以当地规定为准。',
            en: 'The wind threshold follows local rules.',
          },
          source: SIX,
        },
        {
          kind: 'check',
          id: 'dust.wet.cutting',
          text: {
            zh: '切割、打磨、钻孔等作业采取防尘措施',
            en: 'Dust controls on cutting, grinding and drilling',
          },
          source: ART69,
        },
      ],
    },
    {
      id: 'dust.hardening',
      title: { zh: '四、施工现场路面硬化', en: '4. Site roads hardened' },
      items: [
        {
          kind: 'check',
          id: 'dust.hardening.entrances',
          text: { zh: '施工现场出入口硬化', en: 'Site entrances hardened' },
          source: SIX,
        },
        {
          kind: 'check',
          id: 'dust.hardening.roads',
          text: {
            zh: '场内主要道路硬化，路面完好、无积尘',
            en: 'Main haul roads hardened, intact and free of dust',
          },
          source: SIX,
        },
        {
          kind: 'check',
          id: 'dust.hardening.work-areas',
          text: { zh: '材料加工区、堆放区地面硬化', en: 'Processing and storage areas hardened' },
          source: SIX,
        },
        {
          kind: 'check',
          id: 'dust.hardening.cleaning',
          text: {
            zh: '硬化路面定期清扫、洒水保洁',
            en: 'Hardened surfaces swept and watered regularly',
          },
          source: ART69,
        },
      ],
    },
    {
      id: 'dust.washing',
      title: { zh: '五、出入车辆清洗', en: '5. Vehicles washed at the exit' },
      items: [
        {
          kind: 'check',
          id: 'dust.washing.facility',
          text: {
            zh: '出入口设置车辆冲洗设施，配套沉淀池和排水设施',
            en: 'Exit wash facility with settling tank and drainage',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.washing.attendant',
          text: {
            zh: '冲洗设施有专人管理，运行正常',
            en: 'Wash facility attended by a named person and working',
          },
          source: SIX,
        },
        {
          kind: 'check',
          id: 'dust.washing.vehicles-clean',
          text: {
            zh: '车辆驶出工地前冲洗干净，车轮、车身不带泥上路',
            en: 'Vehicles washed before leaving; no mud on wheels or body',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.washing.road-clean',
          text: {
            zh: '工地出口周边道路无泥土、渣土带出污染',
            en: 'Roads around the exit free of tracked-out mud',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.washing.sediment',
          text: {
            zh: '沉淀池定期清掏，冲洗废水不外溢',
            en: 'Settling tank emptied regularly; wash water does not overflow',
          },
          source: SIX,
        },
      ],
    },
    {
      id: 'dust.transport',
      title: { zh: '六、渣土车辆密闭运输', en: '6. Muck trucks closed in transport' },
      items: [
        {
          kind: 'check',
          id: 'dust.transport.sealed',
          text: {
            zh: '渣土、砂石等运输车辆采用密闭车厢或严密苫盖，无遗撒、泄漏',
            en: 'Muck and aggregate trucks sealed or tightly covered; no spillage',
          },
          source: ART70,
        },
        {
          kind: 'check',
          id: 'dust.transport.routes',
          text: {
            zh: '运输车辆按照规定的路线和时段行驶',
            en: 'Trucks keep to the approved routes and hours',
          },
          source: ART70,
        },
        {
          kind: 'check',
          id: 'dust.transport.disposal',
          text: {
            zh: '建筑垃圾（渣土）处置核准手续齐全，运至指定消纳场所，无乱倒乱卸',
            en: 'Muck disposal approved and taken to the designated site; no fly-tipping',
          },
          source: '《城市建筑垃圾管理规定》',
        },
        {
          kind: 'check',
          id: 'dust.transport.load-height',
          text: {
            zh: '装载不超出车厢挡板高度，车厢外侧无黏附泥土',
            en: 'Loads not above the side boards; no mud stuck to the body',
          },
          source: ART70,
        },
      ],
    },
    {
      id: 'dust.related',
      title: { zh: '相关检查', en: 'Related checks' },
      items: [
        {
          kind: 'check',
          id: 'dust.related.notice-board',
          text: {
            zh: '施工现场出入口公示扬尘污染防治措施、负责人、扬尘监督管理主管部门及举报电话等信息',
            en: 'Gate notice board shows dust measures, person in charge, supervising department and hotline',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.related.cost-and-contract',
          text: {
            zh: '建设单位将扬尘污染防治费用列入工程造价，并在施工承包合同中明确施工单位扬尘污染防治责任',
            en: 'Dust control costs in the contract price and the contractor’s duties in the contract',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.related.dust-plan',
          text: {
            zh: '已编制扬尘污染防治方案并按规定报备',
            en: 'Dust control plan prepared and filed',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.related.online-monitor',
          text: {
            zh: '按要求安装扬尘（PM₁₀）在线监测设备，运行正常',
            en: 'Required online PM₁₀ monitor installed and working',
          },
          guidance: {
            zh: '安装范围以当地规定为准（部分城市为土石方作业面积≥5000 m²的工地）。',
            en: 'Which sites need one follows local rules (some cities: earthworks ≥5000 m²).',
          },
          source: SIX,
        },
        {
          kind: 'check',
          id: 'dust.related.video',
          text: {
            zh: '安装视频监控设备并与主管部门联网',
            en: 'Video surveillance installed and networked to the competent department',
          },
          source: SIX,
        },
        {
          kind: 'check',
          id: 'dust.related.daytime-works',
          text: {
            zh: '落实"阳光施工"，减少夜间施工；确需夜间施工的，手续齐全并在许可时段内作业',
            en: '"Daylight construction": night work reduced, and only with a permit within its hours',
          },
          source: PLAN,
        },
        {
          kind: 'check',
          id: 'dust.related.daytime-transport',
          text: {
            zh: '落实"阳光运输"，渣土运输以白天为主，夜间运输按规定时段和路线进行',
            en: '"Daylight transport": muck moved mainly by day; at night only in set hours and routes',
          },
          source: PLAN,
        },
        {
          kind: 'check',
          id: 'dust.related.idle-land',
          text: {
            zh: '暂时不能开工的建设用地对裸露地面进行覆盖；超过三个月的，进行绿化、铺装或遮盖',
            en: 'Idle land covered; after three months greened, paved or covered',
          },
          source: ART69,
        },
        {
          kind: 'check',
          id: 'dust.related.heavy-pollution',
          text: {
            zh: '重污染天气预警期间按要求停止土石方、拆除等作业',
            en: 'Earthworks and demolition stopped during heavy-pollution alerts as ordered',
          },
          source: PLAN,
        },
        {
          kind: 'check',
          id: 'dust.related.machinery',
          text: {
            zh: '施工现场使用的非道路移动机械已登记编码，无冒黑烟现象',
            en: 'Non-road machinery on site registered and not emitting black smoke',
          },
          source: PLAN,
        },
      ],
    },
  ],
} satisfies ChecklistTemplate;
