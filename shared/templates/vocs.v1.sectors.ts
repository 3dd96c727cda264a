/**
 * VOCs template v1, part 2: the sector modules chosen at the start (docs/domain.md §1.4, §1.6).
 * Each section shows only when its option is chosen. Sector standards apply before GB 37822
 * where they regulate fugitive VOCs (GB 37822 scope). Shipped data: never edit, add a v2.
 */
import type { TemplateSection } from './templateSchema';

const GB20952 = 'GB 20952-2020';
const CAMPAIGN_2020 = '环大气〔2020〕33号';

export const vocsV1SectorSections = [
  {
    id: 'vocs.chemicals',
    title: { zh: '行业模块：化工', en: 'Sector: chemicals' },
    condition: { option: 'chemicals' },
    items: [
      {
        kind: 'check',
        id: 'vocs.chemicals.sector-standard',
        text: {
          zh: '执行石油化学工业、合成树脂工业、制药工业等行业排放标准中的无组织排放控制要求',
          en: 'Fugitive controls of the sector standard (petrochemicals, synthetic resins, pharmaceuticals …) applied',
        },
        source: 'GB 31571-2015；GB 31572-2015；GB 37823-2019',
      },
      {
        kind: 'check',
        id: 'vocs.chemicals.closed-charging',
        text: {
          zh: '反应釜等设备采用密闭投料（管道输送、负压投料、无尘投料等），投料口废气收集处理',
          en: 'Reactors charged closed (piped, negative-pressure or dust-free); charging ports vented to treatment',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.chemicals.process-vents',
        text: {
          zh: '反应、蒸馏、精馏等设备的放空尾气、不凝气收集至VOCs处理设施',
          en: 'Vent and non-condensable gases from reaction and distillation sent to treatment',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.chemicals.vacuum-exhaust',
        text: {
          zh: '真空系统采用干式真空泵或液环（水环）泵，工作液密闭循环，真空排气收集处理',
          en: 'Vacuum systems dry or liquid-ring with closed working fluid; exhaust treated',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.chemicals.separation-drying',
        text: {
          zh: '离心、过滤、干燥等分离精制工序采用密闭设备，废气收集处理',
          en: 'Centrifuging, filtering and drying closed, with gas collected and treated',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.chemicals.closed-sampling',
        text: { zh: '采用密闭采样或等效设施', en: 'Closed-loop or equivalent sampling' },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.chemicals.intermediate-tanks',
        text: {
          zh: '工艺废水储槽、中间罐呼吸排气收集处理',
          en: 'Breathing vents of process-wastewater and intermediate tanks treated',
        },
        source: 'GB 37822-2019 §9',
      },
      {
        kind: 'check',
        id: 'vocs.chemicals.flare',
        text: {
          zh: '火炬系统长明灯正常，燃烧完全，有火焰监视及排放记录',
          en: 'Flare pilot lit, combustion complete, flame monitoring and release records kept',
        },
        source: 'GB 31571-2015',
      },
    ],
  },
  {
    id: 'vocs.coking',
    title: { zh: '行业模块：焦化', en: 'Sector: coking' },
    condition: { option: 'coking' },
    items: [
      {
        kind: 'check',
        id: 'vocs.coking.sector-standard',
        text: {
          zh: '执行炼焦化学工业污染物排放标准，厂界苯、酚类、非甲烷总烃等监测达标（以监测报告核实）',
          en: 'Coking standard applied; boundary benzene, phenols and NMHC compliant per monitoring report',
        },
        source: 'GB 16171-2012',
      },
      {
        kind: 'check',
        id: 'vocs.coking.oven-sealing',
        text: {
          zh: '炉门、上升管、装煤孔盖、桥管等密封良好，无可见烟气泄漏',
          en: 'Oven doors, ascension pipes, charging-hole lids and bridge pipes sealed, no visible leak',
        },
        source: 'GB 16171-2012',
      },
      {
        kind: 'check',
        id: 'vocs.coking.charging-pushing',
        text: {
          zh: '装煤、推焦烟气收集并送除尘或处理设施，运行正常',
          en: 'Charging and pushing emissions collected and treated, running normally',
        },
        source: 'GB 16171-2012',
      },
      {
        kind: 'check',
        id: 'vocs.coking.recovery-vents',
        text: {
          zh: '冷鼓、库区焦油、粗苯等化产回收单元储槽放散气收集并送入负压煤气系统或VOCs处理设施',
          en: 'By-product plant tank vents (tar, crude benzol) returned to the negative-pressure gas main or treated',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.coking.tanks',
        text: {
          zh: '焦油、粗苯等储罐采用压力罐、浮顶罐或废气收集处理措施',
          en: 'Tar and crude benzol tanks pressurised, floating-roof or vented to treatment',
        },
        source: 'GB 37822-2019 §5.2',
      },
      {
        kind: 'check',
        id: 'vocs.coking.wastewater',
        text: {
          zh: '酚氰废水处理站调节池、隔油池、气浮池、生化池等加盖密闭，废气收集处理',
          en: 'Phenol-cyanide wastewater basins (equalisation, oil separation, flotation, biological) covered and treated',
        },
        source: 'GB 37822-2019 §9',
      },
      {
        kind: 'check',
        id: 'vocs.coking.loading',
        text: {
          zh: '焦油、粗苯装车采用液下装载并配套油气回收或处理设施',
          en: 'Tar and crude benzol loaded submerged with vapour recovery or treatment',
        },
        source: 'GB 37822-2019 §6.2',
      },
      {
        kind: 'check',
        id: 'vocs.coking.desulfurisation',
        text: {
          zh: '脱硫再生塔等尾气收集处理',
          en: 'Desulphurisation regenerator off-gas collected and treated',
        },
        source: CAMPAIGN_2020,
      },
    ],
  },
  {
    id: 'vocs.coating',
    title: { zh: '行业模块：工业涂装', en: 'Sector: industrial coating' },
    condition: { option: 'industrial-coating' },
    items: [
      {
        kind: 'check',
        id: 'vocs.coating.enclosed-operations',
        text: {
          zh: '调配、喷涂、流平、烘干等工序在密闭空间或设备中进行，废气收集处理',
          en: 'Mixing, spraying, flash-off and drying in closed spaces or equipment, gas collected and treated',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.coating.mixing-room',
        text: {
          zh: '涂料、稀释剂调配在密闭调漆间内进行',
          en: 'Paint and thinner mixed in a closed mixing room',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.coating.low-voc-coatings',
        text: {
          zh: '使用水性、粉末、高固体分、无溶剂、辐射固化等低VOCs含量涂料',
          en: 'Low-VOC coatings used (waterborne, powder, high-solids, solvent-free, radiation-cured)',
        },
        source: 'GB 30981-2020',
      },
      {
        kind: 'check',
        id: 'vocs.coating.efficient-application',
        text: {
          zh: '采用静电喷涂、无气喷涂、辊涂、浸涂等高效涂装工艺',
          en: 'High-transfer-efficiency application (electrostatic, airless, roller, dip)',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.coating.drying-gas',
        text: {
          zh: '烘干废气单独收集，采用燃烧等高效方式处理',
          en: 'Drying-oven gas collected separately and treated efficiently (e.g. oxidation)',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.coating.no-outdoor-spraying',
        text: {
          zh: '无露天喷涂作业；大型构件确需露天作业的，采取移动式收集处理措施',
          en: 'No outdoor spraying; large parts that must be sprayed outdoors use mobile capture and treatment',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.coating.overspray-filters',
        text: {
          zh: '漆雾预处理设施（过滤棉、水帘等）按期更换或维护，有记录',
          en: 'Overspray pre-filters or water curtains replaced or maintained on schedule, with records',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.coating.solvent-collection',
        text: {
          zh: '清洗废溶剂密闭收集、储存',
          en: 'Spent cleaning solvent collected and stored closed',
        },
        source: 'GB 37822-2019 §5',
      },
      {
        kind: 'check',
        id: 'vocs.coating.paint-waste',
        text: {
          zh: '废漆渣、废涂料桶加盖密闭贮存',
          en: 'Paint sludge and empty paint drums stored closed',
        },
        source: 'GB 37822-2019 §5',
      },
    ],
  },
  {
    id: 'vocs.printing',
    title: { zh: '行业模块：包装印刷', en: 'Sector: packaging and printing' },
    condition: { option: 'packaging-printing' },
    items: [
      {
        kind: 'check',
        id: 'vocs.printing.sector-standard',
        text: {
          zh: '执行印刷工业大气污染物排放标准',
          en: 'Printing industry emission standard applied',
        },
        source: 'GB 41616-2022',
      },
      {
        kind: 'check',
        id: 'vocs.printing.low-voc-inks',
        text: {
          zh: '使用水性、能量固化（UV）等低VOCs含量油墨',
          en: 'Low-VOC inks used (waterborne, UV-curing)',
        },
        source: 'GB 38507-2020',
      },
      {
        kind: 'check',
        id: 'vocs.printing.closed-ink-supply',
        text: {
          zh: '油墨、稀释剂、清洗剂调配和供墨系统密闭',
          en: 'Ink, thinner and cleaner mixing and ink supply closed',
        },
        source: 'GB 41616-2022',
      },
      {
        kind: 'check',
        id: 'vocs.printing.press-enclosure',
        text: {
          zh: '凹版、柔版等印刷机采用整体或局部密闭，废气收集处理',
          en: 'Gravure and flexo presses enclosed in whole or part, gas collected and treated',
        },
        source: 'GB 41616-2022',
      },
      {
        kind: 'check',
        id: 'vocs.printing.drying-gas',
        text: { zh: '印刷烘干废气收集至处理设施', en: 'Press dryer exhaust sent to treatment' },
        source: 'GB 41616-2022',
      },
      {
        kind: 'check',
        id: 'vocs.printing.laminating',
        text: {
          zh: '复合、涂布工序使用低VOCs含量胶粘剂，废气收集处理',
          en: 'Laminating and coating use low-VOC adhesives; gas collected and treated',
        },
        source: 'GB 33372-2020',
      },
      {
        kind: 'check',
        id: 'vocs.printing.cleaning',
        text: {
          zh: '使用低VOCs含量清洗剂，沾染溶剂的擦机布密闭存放',
          en: 'Low-VOC cleaners used; solvent-soaked wipes stored closed',
        },
        source: 'GB 38508-2020',
      },
      {
        kind: 'check',
        id: 'vocs.printing.solvent-recovery',
        text: {
          zh: '溶剂回收装置正常运行，回收量有记录',
          en: 'Solvent recovery running, recovered quantities recorded',
        },
        source: 'GB 41616-2022',
      },
    ],
  },
  {
    id: 'vocs.oil',
    title: { zh: '行业模块：油品储运', en: 'Sector: oil storage and transport' },
    condition: { option: 'oil-storage-transport' },
    items: [
      {
        kind: 'check',
        id: 'vocs.oil.depot-standard',
        text: { zh: '储油库执行储油库大气污染物排放标准', en: 'Depot emission standard applied' },
        source: 'GB 20950-2020',
      },
      {
        kind: 'check',
        id: 'vocs.oil.floating-roof',
        text: {
          zh: '汽油储罐采用浮顶罐，密封设施完好',
          en: 'Gasoline tanks floating-roof, seals intact',
        },
        source: 'GB 20950-2020',
      },
      {
        kind: 'check',
        id: 'vocs.oil.bottom-loading',
        text: {
          zh: '汽油发油采用底部装油方式，并配套油气回收',
          en: 'Gasoline dispatched by bottom loading with vapour recovery',
        },
        source: 'GB 20950-2020',
      },
      {
        kind: 'check',
        id: 'vocs.oil.recovery-unit',
        text: {
          zh: '油气处理装置正常运行，排放检测报告齐全且达标',
          en: 'Vapour recovery unit running; emission test reports complete and compliant',
        },
        source: 'GB 20950-2020',
      },
      {
        kind: 'check',
        id: 'vocs.oil.system-leak',
        text: {
          zh: '油气回收系统密封点泄漏检测符合标准要求（以检测报告核实）',
          en: 'Vapour recovery system leak tests compliant (per test report)',
        },
        guidance: {
          zh: '储油库油气回收系统泄漏浓度限值为0.05%（体积分数）。',
          en: 'The depot leak limit is 0.05% by volume.',
        },
        source: 'GB 20950-2020',
      },
      {
        kind: 'check',
        id: 'vocs.oil.tank-trucks',
        text: {
          zh: '油罐车配备油气回收系统，按标准开展密封性检测且在有效期内',
          en: 'Tank trucks have vapour recovery and a valid tightness test',
        },
        source: 'GB 20951-2020',
      },
      {
        kind: 'check',
        id: 'vocs.oil.online-monitoring',
        text: {
          zh: '按要求安装油气回收自动监控设备并与生态环境部门联网',
          en: 'Required vapour-recovery online monitoring installed and networked',
        },
        source: 'GB 20950-2020',
      },
      {
        kind: 'check',
        id: 'vocs.oil.records',
        text: {
          zh: '收发油量及油气回收装置运行、维护记录齐全',
          en: 'Receipt and dispatch volumes and recovery unit operation and maintenance records complete',
        },
        source: 'GB 20950-2020',
      },
    ],
  },
  {
    id: 'vocs.station',
    title: { zh: '行业模块：加油站', en: 'Sector: petrol stations' },
    condition: { option: 'petrol-station' },
    items: [
      {
        kind: 'check',
        id: 'vocs.station.submerged-unloading',
        text: { zh: '卸油采用浸没式卸油方式', en: 'Unloading is submerged' },
        source: GB20952,
      },
      {
        kind: 'check',
        id: 'vocs.station.unloading-vapour-return',
        text: {
          zh: '卸油时连接卸油油气回收管线，卸油油气回收系统密闭',
          en: 'Vapour return line connected and tight during unloading',
        },
        source: GB20952,
      },
      {
        kind: 'check',
        id: 'vocs.station.unloading-procedure',
        text: {
          zh: '按规定程序卸油，卸油完毕后卸油接口和油气回收接口关闭',
          en: 'Unloading follows the set procedure; couplings closed afterwards',
        },
        source: GB20952,
      },
      {
        kind: 'check',
        id: 'vocs.station.level-gauge',
        text: {
          zh: '储罐安装电子液位仪，除维修外不进行人工量油',
          en: 'Electronic level gauges fitted; no manual dipping except for repairs',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.station.emergency-vent',
        text: {
          zh: '埋地油罐紧急泄压阀处于关闭并铅封状态，开启有报备和记录',
          en: 'Tank emergency vent valves closed and lead-sealed; openings reported and logged',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.station.pv-valve',
        text: {
          zh: '汽油罐通气管安装压力/真空阀且完好',
          en: 'Pressure/vacuum valves fitted on gasoline vent pipes and in order',
        },
        source: GB20952,
      },
      {
        kind: 'check',
        id: 'vocs.station.vacuum-assist',
        text: {
          zh: '加油油气回收采用真空辅助方式，油气回收泵工作正常',
          en: 'Vacuum-assisted refuelling recovery, pumps working',
        },
        source: CAMPAIGN_2020,
      },
      {
        kind: 'check',
        id: 'vocs.station.nozzles-hoses',
        text: {
          zh: '加油枪集气罩、油气回收胶管完好无破损',
          en: 'Nozzle boots and vapour hoses undamaged',
        },
        source: GB20952,
      },
      {
        kind: 'reading',
        id: 'vocs.station.al-ratio',
        text: { zh: '加油枪气液比（A/L）', en: 'Nozzle air-to-liquid ratio (A/L)' },
        guidance: {
          zh: '逐枪检测，每支枪一个值；各枪均须在限值范围内。',
          en: 'One value per nozzle tested; every nozzle must be within the range.',
        },
        source: GB20952,
        unit: 'ratio',
        repeats: 1,
        maxRepeats: 20,
        judgedBy: 'worst',
        decimals: 2,
        instruments: ['vapour-recovery-tester', 'document'],
        limitRef: 'vocs.station.al-ratio',
      },
      {
        kind: 'reading',
        id: 'vocs.station.liquid-resistance-18',
        text: { zh: '液阻（氮气流量18 L/min）', en: 'Liquid resistance at 18 L/min nitrogen' },
        source: GB20952,
        unit: 'Pa',
        repeats: 1,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['vapour-recovery-tester', 'document'],
        limitRef: 'vocs.station.liquid-resistance-18',
      },
      {
        kind: 'reading',
        id: 'vocs.station.liquid-resistance-28',
        text: { zh: '液阻（氮气流量28 L/min）', en: 'Liquid resistance at 28 L/min nitrogen' },
        source: GB20952,
        unit: 'Pa',
        repeats: 1,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['vapour-recovery-tester', 'document'],
        limitRef: 'vocs.station.liquid-resistance-28',
      },
      {
        kind: 'reading',
        id: 'vocs.station.liquid-resistance-38',
        text: { zh: '液阻（氮气流量38 L/min）', en: 'Liquid resistance at 38 L/min nitrogen' },
        source: GB20952,
        unit: 'Pa',
        repeats: 1,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['vapour-recovery-tester', 'document'],
        limitRef: 'vocs.station.liquid-resistance-38',
      },
      {
        kind: 'check',
        id: 'vocs.station.tightness',
        text: {
          zh: '油气回收系统密闭性检测合格（5 min剩余压力不低于标准规定的最小剩余压力）',
          en: 'System tightness test passed (5-minute residual pressure not below the standard’s minimum)',
        },
        source: GB20952,
      },
      {
        kind: 'reading',
        id: 'vocs.station.sealed-point-leak',
        text: {
          zh: '油气回收系统密封点泄漏检测值',
          en: 'Leak reading at vapour recovery sealed points',
        },
        source: GB20952,
        unit: 'μmol/mol',
        repeats: 1,
        maxRepeats: 20,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['FID'],
        limitRef: 'vocs.station.sealed-point-leak',
      },
      {
        kind: 'reading',
        id: 'vocs.station.processing-unit-outlet',
        text: { zh: '油气处理装置排放浓度', en: 'Vapour processing unit outlet concentration' },
        guidance: {
          zh: '未安装油气处理装置的选"不适用"。',
          en: 'Answer N/A where no processing unit is fitted.',
        },
        source: GB20952,
        unit: 'g/m³',
        repeats: 1,
        judgedBy: 'max',
        decimals: 1,
        instruments: ['document'],
        limitRef: 'vocs.station.processing-unit-outlet',
      },
      {
        kind: 'reading',
        id: 'vocs.station.boundary',
        text: { zh: '加油站企业边界油气浓度', en: 'Station boundary vapour concentration' },
        source: GB20952,
        unit: 'mg/m³',
        repeats: 1,
        maxRepeats: 12,
        judgedBy: 'max',
        decimals: 2,
        instruments: ['FID'],
        limitRef: 'vocs.station.boundary-nmhc',
      },
      {
        kind: 'check',
        id: 'vocs.station.online-monitoring',
        text: {
          zh: '重点区域年销售汽油量大于5000 t的加油站安装油气回收自动监控设备并与生态环境部门联网',
          en: 'Stations in key regions selling over 5000 t of gasoline a year have networked vapour-recovery online monitoring',
        },
        source: GB20952,
      },
      {
        kind: 'check',
        id: 'vocs.station.annual-test',
        text: {
          zh: '每年开展油气回收系统检测，检测报告齐全',
          en: 'Vapour recovery system tested every year, reports complete',
        },
        source: GB20952,
      },
      {
        kind: 'check',
        id: 'vocs.station.records',
        text: {
          zh: '油气回收设施运行、维护及故障记录齐全',
          en: 'Vapour recovery operation, maintenance and failure records complete',
        },
        source: GB20952,
      },
    ],
  },
  {
    id: 'vocs.autorepair',
    title: { zh: '行业模块：汽修喷涂', en: 'Sector: auto-repair spray painting' },
    condition: { option: 'auto-repair' },
    items: [
      {
        kind: 'check',
        id: 'vocs.autorepair.spray-booth',
        text: {
          zh: '喷涂作业在密闭喷烤漆房内进行，无露天或敞开式喷涂',
          en: 'Spraying only in a closed spray-bake booth, never in the open',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.autorepair.booth-treatment',
        text: {
          zh: '喷烤漆房废气收集并配套有效的处理设施',
          en: 'Booth exhaust collected and effectively treated',
        },
        source: 'GB 37822-2019 §10',
      },
      {
        kind: 'check',
        id: 'vocs.autorepair.low-voc-paint',
        text: {
          zh: '使用符合限量要求的低VOCs含量汽车修补漆',
          en: 'Low-VOC refinish paints within the limits used',
        },
        source: 'GB 24409-2020',
      },
      {
        kind: 'check',
        id: 'vocs.autorepair.mixing-room',
        text: {
          zh: '调漆在密闭调漆间内进行，废气收集处理',
          en: 'Paint mixed in a closed room with gas collected and treated',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.autorepair.gun-cleaning',
        text: {
          zh: '喷枪清洗在密闭洗枪装置中进行，废溶剂密闭收集',
          en: 'Spray guns cleaned in a closed washer; spent solvent collected closed',
        },
        source: 'GB 37822-2019 §7',
      },
      {
        kind: 'check',
        id: 'vocs.autorepair.filter-replacement',
        text: {
          zh: '漆雾过滤材料、活性炭定期更换，有更换记录',
          en: 'Overspray filters and carbon replaced regularly, with records',
        },
        source: '环大气〔2021〕65号',
      },
      {
        kind: 'check',
        id: 'vocs.autorepair.hazardous-waste',
        text: {
          zh: '废漆渣、废活性炭、废包装桶按危险废物规范贮存、转移',
          en: 'Paint sludge, spent carbon and empty drums stored and transferred as hazardous waste',
        },
        source: '《中华人民共和国固体废物污染环境防治法》',
      },
      {
        kind: 'check',
        id: 'vocs.autorepair.ledger',
        text: {
          zh: '建立涂料、稀释剂、清洗剂购买和使用台账',
          en: 'Ledger of paint, thinner and cleaner purchases and use',
        },
        source: 'GB 37822-2019 §10',
      },
    ],
  },
] satisfies TemplateSection[];
