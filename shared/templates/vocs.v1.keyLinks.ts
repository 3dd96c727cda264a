/**
 * VOCs template v1, part 1: the general sections, one per key link of the action plan
 * (docs/domain.md §1.2) plus the ambient readings (§1.3). Clauses of GB 37822-2019 are cited to
 * the section (§5 storage, §6 transfer and loading, §7 process, §8 LDAR, §9 open liquid
 * surfaces, §10 collection and treatment, App. A plant area) as recalled [R]. Shipped data:
 * never edit, add a v2.
 */
import type { TemplateSection } from './templateSchema';

const GB37822 = 'GB 37822-2019';
const CAMPAIGN_2021 = '环大气〔2021〕65号';
const PERMIT_REGULATION = '《排污许可管理条例》';

export const vocsV1KeyLinkSections = [
  {
    id: 'vocs.basics',
    title: { zh: '企业基本情况与环境管理', en: 'Enterprise basics and environmental management' },
    items: [
      {
        kind: 'check',
        id: 'vocs.basics.permit-valid',
        text: {
          zh: '持有有效的排污许可证（或已完成排污登记），许可事项与实际生产情况一致',
          en: 'Holds a valid pollutant discharge permit (or registration) matching actual production',
        },
        source: PERMIT_REGULATION,
      },
      {
        kind: 'check',
        id: 'vocs.basics.eia',
        text: {
          zh: '建设项目环境影响评价文件已经审批（备案），其中的VOCs污染防治措施已落实',
          en: 'Environmental impact assessment approved (or filed) and its VOC control measures in place',
        },
        source: '《建设项目环境保护管理条例》',
      },
      {
        kind: 'check',
        id: 'vocs.basics.acceptance',
        text: {
          zh: '配套建设的VOCs污染防治设施已完成竣工环境保护验收',
          en: 'VOC control facilities have passed completion environmental acceptance',
        },
        source: '《建设项目环境保护管理条例》',
      },
      {
        kind: 'check',
        id: 'vocs.basics.self-monitoring',
        text: {
          zh: '按排污许可证要求开展自行监测，监测频次、点位、项目符合要求，监测报告齐全',
          en: 'Self-monitoring done as the permit requires (frequency, points, parameters), reports complete',
        },
        source: PERMIT_REGULATION,
      },
      {
        kind: 'check',
        id: 'vocs.basics.execution-report',
        text: {
          zh: '按时提交排污许可证执行报告',
          en: 'Permit execution reports submitted on time',
        },
        source: PERMIT_REGULATION,
      },
      {
        kind: 'check',
        id: 'vocs.basics.online-monitoring',
        text: {
          zh: '按要求安装VOCs自动监测设备并与生态环境部门联网，运行正常、数据有效',
          en: 'Required VOC continuous monitoring installed, networked to the authority, running and valid',
        },
        source: PERMIT_REGULATION,
      },
      {
        kind: 'check',
        id: 'vocs.basics.heavy-pollution-measures',
        text: {
          zh: '已制定重污染天气应急减排措施（"一厂一策"），并按预警级别落实',
          en: 'Heavy-pollution weather emergency reduction measures drawn up (one plan per plant) and applied at each alert level',
        },
        guidance: {
          zh: '未落实应急减排措施的企业为执法检查重点。',
          en: 'Enterprises that do not apply their emergency reductions are an enforcement priority.',
        },
        source: '吕政办发〔2021〕38号',
      },
    ],
  },
  {
    id: 'vocs.source',
    title: { zh: '源头替代', en: 'Source substitution' },
    items: [
      {
        kind: 'check',
        id: 'vocs.source.coatings',
        text: {
          zh: '使用的涂料VOCs含量符合工业涂料、车辆涂料限量标准要求',
          en: 'Coatings used meet the VOC content limits for industrial and vehicle coatings',
        },
        guidance: {
          zh: '查验产品标签、检测报告，记录产品名称、VOCs含量和使用量。',
          en: 'Check labels and test reports; record product, VOC content and quantity.',
        },
        source: 'GB 30981-2020；GB 24409-2020',
      },
      {
        kind: 'check',
        id: 'vocs.source.inks',
        text: {
          zh: '使用的油墨VOCs含量符合限量标准要求',
          en: 'Inks used meet the VOC content limits',
        },
        source: 'GB 38507-2020',
      },
      {
        kind: 'check',
        id: 'vocs.source.adhesives',
        text: {
          zh: '使用的胶粘剂VOCs含量符合限量标准要求',
          en: 'Adhesives used meet the VOC content limits',
        },
        source: 'GB 33372-2020',
      },
      {
        kind: 'check',
        id: 'vocs.source.cleaners',
        text: {
          zh: '使用的清洗剂VOCs含量符合限量标准要求',
          en: 'Cleaning agents used meet the VOC content limits',
        },
        source: 'GB 38508-2020',
      },
      {
        kind: 'check',
        id: 'vocs.source.evidence',
        text: {
          zh: '能够提供含VOCs原辅材料的产品标签、化学品安全技术说明书（MSDS）或VOCs含量检测报告',
          en: 'Labels, safety data sheets or VOC content test reports available for VOC-containing materials',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.source.exemption-valid',
        text: {
          zh: '以使用低VOCs含量原辅材料为由未配置末端治理设施的，所用原辅材料全部符合国家低VOCs含量产品标准',
          en: 'Where end-of-pipe treatment is waived for low-VOC materials, every material used meets the national low-VOC standards',
        },
        source: `${GB37822} §10.3`,
      },
      {
        kind: 'check',
        id: 'vocs.source.substitution-plan',
        text: {
          zh: '具备替代条件的，已制定并实施低VOCs含量原辅材料替代计划',
          en: 'Where substitution is feasible, a low-VOC substitution plan exists and is being carried out',
        },
        source: '环大气〔2020〕33号',
      },
    ],
  },
  {
    id: 'vocs.storage',
    title: { zh: 'VOCs物料储存与转移', en: 'Storage and transfer of VOC materials' },
    items: [
      {
        kind: 'check',
        id: 'vocs.storage.closed-containers',
        text: {
          zh: 'VOCs物料储存于密闭的容器、包装袋、储罐、储库、料仓中',
          en: 'VOC materials kept in closed containers, bags, tanks, stores or silos',
        },
        source: `${GB37822} §5`,
      },
      {
        kind: 'check',
        id: 'vocs.storage.lids-closed',
        text: {
          zh: '盛装VOCs物料的容器或包装袋在非取用状态时加盖、封口，保持密闭',
          en: 'Containers and bags of VOC material closed and sealed when not in use',
        },
        source: `${GB37822} §5`,
      },
      {
        kind: 'check',
        id: 'vocs.storage.indoor-or-covered',
        text: {
          zh: '盛装VOCs物料的容器或包装袋存放于室内，或存放于设置有雨棚、遮阳和防渗设施的专用场地',
          en: 'Containers and bags of VOC material kept indoors or in a dedicated area with rain cover, sunshade and impermeable floor',
        },
        source: `${GB37822} §5`,
      },
      {
        kind: 'check',
        id: 'vocs.storage.stores-closed',
        text: {
          zh: 'VOCs物料储库、料仓满足密闭空间要求',
          en: 'Stores and silos for VOC materials meet the closed-space requirements',
        },
        source: `${GB37822} §5`,
      },
      {
        kind: 'check',
        id: 'vocs.storage.contaminated-waste',
        text: {
          zh: '沾染VOCs的废包装容器、废抹布、废吸附材料等加盖密闭贮存',
          en: 'VOC-contaminated empty containers, rags and spent sorbents stored closed',
        },
        source: `${GB37822} §5`,
      },
      {
        kind: 'check',
        id: 'vocs.storage.liquid-transfer',
        text: {
          zh: '液态VOCs物料采用密闭管道输送；采用非管道输送方式转移的，采用密闭容器或罐车',
          en: 'Liquid VOC materials moved in closed pipes, or otherwise in closed containers or tank vehicles',
        },
        source: `${GB37822} §6`,
      },
      {
        kind: 'check',
        id: 'vocs.storage.solid-transfer',
        text: {
          zh: '粉状、粒状VOCs物料采用气力输送、管状带式输送、螺旋输送等密闭输送方式，或采用密闭的包装袋、容器、罐车转移',
          en: 'Powdered or granular VOC materials moved by closed conveying or in closed bags, containers or tank vehicles',
        },
        source: `${GB37822} §6`,
      },
    ],
  },
  {
    id: 'vocs.tanks',
    title: { zh: '挥发性有机液体储罐', en: 'Volatile organic liquid tanks' },
    items: [
      {
        kind: 'check',
        id: 'vocs.tanks.pressure-tank',
        text: {
          zh: '储存真实蒸气压≥76.6 kPa的挥发性有机液体采用压力罐',
          en: 'Liquids with true vapour pressure ≥76.6 kPa stored in pressure tanks',
        },
        source: `${GB37822} §5.2`,
      },
      {
        kind: 'check',
        id: 'vocs.tanks.control-measure',
        text: {
          zh: '真实蒸气压≥27.6 kPa但<76.6 kPa且储罐容积≥75 m³，或真实蒸气压≥5.2 kPa但<27.6 kPa且储罐容积≥150 m³的，采用浮顶罐、固定顶罐排气至VOCs处理设施、气相平衡系统或其他等效措施',
          en: 'Tanks of 27.6–76.6 kPa and ≥75 m³, or 5.2–27.6 kPa and ≥150 m³, use a floating roof, a fixed roof vented to treatment, vapour balancing, or an equivalent measure',
        },
        source: `${GB37822} §5.2`,
      },
      {
        kind: 'check',
        id: 'vocs.tanks.ifr-seals',
        text: {
          zh: '内浮顶罐浮盘与罐壁之间采用浸液式密封、机械式鞋形密封等高效密封方式',
          en: 'Internal floating roofs sealed to the shell by liquid-mounted, mechanical-shoe or similar high-efficiency seals',
        },
        source: `${GB37822} §5.2`,
      },
      {
        kind: 'check',
        id: 'vocs.tanks.efr-seals',
        text: {
          zh: '外浮顶罐浮盘与罐壁之间采用双重密封，且一次密封采用浸液式密封、机械式鞋形密封等高效密封方式',
          en: 'External floating roofs have double seals with a high-efficiency primary seal',
        },
        source: `${GB37822} §5.2`,
      },
      {
        kind: 'check',
        id: 'vocs.tanks.deck-fittings',
        text: {
          zh: '浮盘附件开口（孔）除采样、计量、例行检查、维护等正常活动外保持关闭；密封设施在工作状态下密闭',
          en: 'Deck fitting openings closed except for sampling, gauging, inspection and maintenance; seals closed in service',
        },
        source: `${GB37822} §5.2`,
      },
      {
        kind: 'check',
        id: 'vocs.tanks.seal-condition',
        text: {
          zh: '浮顶罐密封设施无破损、脱落，浮盘无积液、倾斜、沉没',
          en: 'Floating-roof seals intact; deck free of pooled liquid, tilt or sinking',
        },
        source: `${GB37822} §5.2`,
      },
      {
        kind: 'check',
        id: 'vocs.tanks.fixed-roof-fittings',
        text: {
          zh: '固定顶罐罐体完好，呼吸阀、紧急泄压阀定期检查，量油口、采样口等在非操作状态下关闭',
          en: 'Fixed-roof tanks intact; breather and emergency vents checked; gauge and sampling hatches closed when not in use',
        },
        source: `${GB37822} §5.2`,
      },
      {
        kind: 'reading',
        id: 'vocs.tanks.treatment-efficiency',
        text: {
          zh: '固定顶罐排气VOCs处理效率',
          en: 'Treatment efficiency of fixed-roof tank vents',
        },
        guidance: {
          zh: '以监测报告或进出口浓度核算结果为准。',
          en: 'From a monitoring report or inlet/outlet concentrations.',
        },
        source: `${GB37822} §5.2`,
        unit: '%',
        repeats: 1,
        judgedBy: 'min',
        decimals: 1,
        instruments: ['document'],
        limitRef: 'vocs.tank-treatment-efficiency',
      },
      {
        kind: 'check',
        id: 'vocs.tanks.inspection-records',
        text: {
          zh: '储罐密封设施定期检查，检查和维修记录齐全',
          en: 'Tank seals inspected regularly, with inspection and repair records',
        },
        source: `${GB37822} §5.2`,
      },
    ],
  },
  {
    id: 'vocs.loading',
    title: { zh: '挥发性有机液体装载', en: 'Loading of volatile organic liquids' },
    items: [
      {
        kind: 'check',
        id: 'vocs.loading.submerged',
        text: {
          zh: '真实蒸气压≥27.6 kPa且单一装载设施年装载量≥500 m³的，采用底部装载或顶部浸没式装载，顶部浸没式装载出料管口距槽（罐）底部高度小于200 mm',
          en: 'Where TVP ≥27.6 kPa and a loading facility handles ≥500 m³ a year: bottom or submerged top loading, outlet less than 200 mm above the tank bottom',
        },
        source: `${GB37822} §6.2`,
      },
      {
        kind: 'check',
        id: 'vocs.loading.no-splash',
        text: { zh: '未采用喷溅式装载', en: 'No splash loading' },
        source: `${GB37822} §6.2`,
      },
      {
        kind: 'check',
        id: 'vocs.loading.vapour-handling',
        text: {
          zh: '装载排放的废气收集至VOCs处理设施，或采用气相平衡系统',
          en: 'Loading vapours go to a treatment unit or a vapour balance line',
        },
        source: `${GB37822} §6.2`,
      },
      {
        kind: 'check',
        id: 'vocs.loading.connections-tight',
        text: {
          zh: '气相平衡管线、快速接头连接紧密，无明显泄漏',
          en: 'Vapour balance lines and couplings tight, no evident leak',
        },
        source: `${GB37822} §6.2`,
      },
      {
        kind: 'check',
        id: 'vocs.loading.arms-closed',
        text: {
          zh: '装载鹤管、快速接头在非装载状态下封闭，残液密闭回收',
          en: 'Loading arms and couplings closed when idle; residual liquid recovered closed',
        },
        source: `${GB37822} §6.2`,
      },
    ],
  },
  {
    id: 'vocs.open-surface',
    title: { zh: '敞开液面逸散', en: 'Open liquid surfaces' },
    items: [
      {
        kind: 'check',
        id: 'vocs.open-surface.wastewater-closed',
        text: {
          zh: '含VOCs废水采用密闭管道输送；采用沟渠输送的，加盖密闭，接入口和排出口采取与环境空气隔离的措施',
          en: 'VOC-bearing wastewater in closed pipes; channels covered, with inlets and outlets isolated from ambient air',
        },
        source: `${GB37822} §9.1`,
      },
      {
        kind: 'check',
        id: 'vocs.open-surface.covered-units',
        text: {
          zh: '废水集输、储存、处理设施敞开液面VOCs检测浓度达到控制要求的，采用浮动顶盖，或采用固定顶盖并收集废气至VOCs处理设施',
          en: 'Wastewater units whose surface reading reaches the control value have a floating cover, or a fixed cover vented to treatment',
        },
        source: `${GB37822} §9.2`,
      },
      {
        kind: 'reading',
        id: 'vocs.open-surface.reading',
        text: {
          zh: '敞开液面上方100 mm处VOCs检测浓度',
          en: 'VOCs 100 mm above the open liquid surface',
        },
        guidance: {
          zh: '按HJ 733检测；PID读数仅作初筛，不作为判定依据。',
          en: 'Measure per HJ 733; a PID reading is screening only and not a basis for judgement.',
        },
        source: `${GB37822} §9.2`,
        unit: 'μmol/mol',
        repeats: 1,
        maxRepeats: 10,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['FID'],
        limitRef: 'vocs.open-liquid-surface',
      },
      {
        kind: 'check',
        id: 'vocs.open-surface.cover-intact',
        text: {
          zh: '加盖设施完好，无破损、敞开，检修口在非检修状态下关闭',
          en: 'Covers intact and closed; inspection hatches shut when not in use',
        },
        source: `${GB37822} §9.2`,
      },
      {
        kind: 'check',
        id: 'vocs.open-surface.cooling-water-toc',
        text: {
          zh: '开式循环冷却水系统每6个月对流经换热器进口和出口的循环冷却水中总有机碳（TOC）浓度进行检测',
          en: 'Open cooling-water systems: TOC at heat-exchanger inlet and outlet measured every 6 months',
        },
        source: `${GB37822} §9.3`,
      },
      {
        kind: 'check',
        id: 'vocs.open-surface.cooling-water-leak',
        text: {
          zh: '出口浓度大于进口浓度10%的，认定换热器发生泄漏，并按规定修复和记录',
          en: 'Outlet more than 10% above inlet is treated as an exchanger leak, repaired and recorded',
        },
        source: `${GB37822} §9.3`,
      },
    ],
  },
  {
    id: 'vocs.ldar',
    title: { zh: '设备与管线组件泄漏检测与修复（LDAR）', en: 'Leak detection and repair (LDAR)' },
    items: [
      {
        kind: 'check',
        id: 'vocs.ldar.program',
        text: {
          zh: '载有气态、液态VOCs物料的设备与管线组件密封点数量≥2000个的，已开展泄漏检测与修复工作',
          en: 'Sites with ≥2000 sealing points in gaseous or liquid VOC service run an LDAR programme',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.inventory',
        text: {
          zh: '已建立密封点台账，设备与管线组件登记完整并编号挂牌',
          en: 'Sealing-point inventory complete, components numbered and tagged',
        },
        source: `${GB37822} §8；HJ 1230-2021`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.frequency-six-months',
        text: {
          zh: '泵、压缩机、搅拌器、阀门、开口阀或开口管线、泄压设备、取样连接系统至少每6个月检测一次',
          en: 'Pumps, compressors, agitators, valves, open-ended lines, relief devices and sampling connections monitored at least every 6 months',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.frequency-twelve-months',
        text: {
          zh: '法兰及其他连接件、其他密封设备至少每12个月检测一次',
          en: 'Flanges, other connectors and other seals monitored at least every 12 months',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.relief-after-release',
        text: {
          zh: '泄压设备泄放后5个工作日内完成检测',
          en: 'Relief devices monitored within 5 working days after a release',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.new-or-repaired',
        text: {
          zh: '新投用或维修后的设备与管线组件在规定期限（90日）内完成检测',
          en: 'New or repaired components monitored within the set period (90 days)',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.weekly-visual',
        text: {
          zh: '每周对密封点进行目视观察，检查是否存在可见泄漏',
          en: 'Sealing points visually checked every week for visible leaks',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.repair-deadlines',
        text: {
          zh: '发现泄漏后5日内首次修复、15日内完成修复；延迟修复的理由充分并记录',
          en: 'Leaks first repaired within 5 days and fixed within 15 days; any delay justified and recorded',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'check',
        id: 'vocs.ldar.method',
        text: {
          zh: '检测方法符合HJ 733，检测仪器经校准，检测报告规范完整',
          en: 'Monitoring follows HJ 733 with calibrated instruments; reports complete',
        },
        source: 'HJ 733-2014；HJ 1230-2021',
      },
      {
        kind: 'check',
        id: 'vocs.ldar.no-visible-leak',
        text: {
          zh: '现场抽查密封点无可见滴液、渗液等泄漏现象',
          en: 'Spot-checked sealing points show no visible drips or seepage',
        },
        source: `${GB37822} §8`,
      },
      {
        kind: 'reading',
        id: 'vocs.ldar.reading-gas-or-volatile-liquid',
        text: {
          zh: '抽测密封点泄漏检测值（气态VOCs物料、挥发性有机液体）',
          en: 'Leak reading at spot-checked seals (gaseous VOC or volatile organic liquid service)',
        },
        guidance: {
          zh: '按HJ 733检测，记录点位编号；取各点最大值判定。',
          en: 'Measure per HJ 733 and note each point; the highest reading is judged.',
        },
        source: `${GB37822} §8`,
        unit: 'μmol/mol',
        repeats: 1,
        maxRepeats: 20,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['FID'],
        limitRef: 'vocs.ldar-leak-gas-or-volatile-liquid',
      },
      {
        kind: 'reading',
        id: 'vocs.ldar.reading-other',
        text: {
          zh: '抽测密封点泄漏检测值（其他VOCs物料）',
          en: 'Leak reading at spot-checked seals (other VOC service)',
        },
        source: `${GB37822} §8`,
        unit: 'μmol/mol',
        repeats: 1,
        maxRepeats: 20,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['FID'],
        limitRef: 'vocs.ldar-leak-other',
      },
      {
        kind: 'check',
        id: 'vocs.ldar.records',
        text: {
          zh: '泄漏检测、修复记录齐全，与密封点台账对应',
          en: 'Monitoring and repair records complete and matching the inventory',
        },
        source: `${GB37822} §8`,
      },
    ],
  },
  {
    id: 'vocs.collection',
    title: { zh: '有机废气收集', en: 'Waste-gas collection' },
    items: [
      {
        kind: 'check',
        id: 'vocs.collection.enclosed-process',
        text: {
          zh: '涉VOCs物料的生产工序在密闭设备或密闭空间内操作，废气排至收集处理系统；无法密闭的，采取局部气体收集措施',
          en: 'VOC process steps run in closed equipment or closed spaces vented to collection; otherwise local capture is used',
        },
        source: `${GB37822} §7`,
      },
      {
        kind: 'check',
        id: 'vocs.collection.negative-pressure',
        text: {
          zh: '密闭空间保持微负压，门窗及其他开口（孔）部位随时保持关闭',
          en: 'Closed spaces kept at slight negative pressure; doors, windows and openings kept shut',
        },
        source: `${GB37822} §10.2`,
      },
      {
        kind: 'check',
        id: 'vocs.collection.hood-position',
        text: {
          zh: '外部集气罩设置合理，尽可能靠近VOCs无组织排放位置',
          en: 'External hoods placed as close as possible to the fugitive source',
        },
        source: `${GB37822} §10.2`,
      },
      {
        kind: 'reading',
        id: 'vocs.collection.face-velocity',
        text: {
          zh: '外部集气罩控制风速（距排风罩开口面最远处的VOCs无组织排放位置）',
          en: 'Capture hood face velocity (at the farthest fugitive point from the hood opening)',
        },
        guidance: {
          zh: '在最远排放点处测量；测多点时取最小值判定。',
          en: 'Measure at the farthest point; with several points the lowest is judged.',
        },
        source: `${GB37822} §10.2`,
        unit: 'm/s',
        repeats: 1,
        maxRepeats: 10,
        judgedBy: 'min',
        decimals: 2,
        instruments: ['anemometer'],
        limitRef: 'vocs.hood-face-velocity',
      },
      {
        kind: 'check',
        id: 'vocs.collection.ducts-closed',
        text: {
          zh: '废气收集输送管道密闭、无破损，在负压下运行',
          en: 'Collection ducts closed, undamaged and under negative pressure',
        },
        source: `${GB37822} §10.2`,
      },
      {
        kind: 'reading',
        id: 'vocs.collection.duct-seal-leak',
        text: {
          zh: '正压状态输送管道密封点泄漏检测值',
          en: 'Leak reading at seals of ducts under positive pressure',
        },
        source: `${GB37822} §10.2`,
        unit: 'μmol/mol',
        repeats: 1,
        maxRepeats: 20,
        judgedBy: 'max',
        decimals: 0,
        instruments: ['FID'],
        limitRef: 'vocs.duct-seal-leak',
      },
      {
        kind: 'check',
        id: 'vocs.collection.no-perceptible-leak',
        text: {
          zh: '正压状态输送管道无感官可察觉泄漏',
          en: 'No perceptible leak from ducts under positive pressure',
        },
        source: `${GB37822} §10.2`,
      },
      {
        kind: 'check',
        id: 'vocs.collection.in-step',
        text: {
          zh: '废气收集系统与生产工艺设备同步运行',
          en: 'Collection runs whenever the process runs',
        },
        source: `${GB37822} §10.1`,
      },
      {
        kind: 'check',
        id: 'vocs.collection.no-open-operation',
        text: {
          zh: '车间无敞开式涉VOCs作业，无明显异味逸散',
          en: 'No open VOC work in the workshop and no evident odour escaping',
        },
        source: `${GB37822} §7`,
      },
    ],
  },
  {
    id: 'vocs.bypass',
    title: { zh: '有机废气旁路', en: 'Waste-gas bypasses' },
    items: [
      {
        kind: 'check',
        id: 'vocs.bypass.declared',
        text: {
          zh: '企业如实申报全部有机废气旁路（含生产系统和治理设施旁路、应急排放口）',
          en: 'All bypasses (process and treatment, emergency vents) truthfully declared',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.bypass.removed',
        text: {
          zh: '非必要旁路已拆除，或采取切断、封堵等措施',
          en: 'Non-essential bypasses removed, cut off or blanked',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.bypass.emergency-reported',
        text: {
          zh: '因安全生产需要保留的应急类旁路已向生态环境部门报备',
          en: 'Safety-critical emergency bypasses kept are reported to the eco-environment authority',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.bypass.lead-sealed',
        text: {
          zh: '保留的旁路阀门在非紧急状态下保持关闭并铅封',
          en: 'Retained bypass valves closed and lead-sealed outside emergencies',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.bypass.monitored',
        text: {
          zh: '旁路安装流量、温度或压力等监控设施，数据保存完整',
          en: 'Bypasses monitored (flow, temperature or pressure), data kept',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.bypass.opening-log',
        text: {
          zh: '旁路每次开启均有记录，紧急开启后及时报告',
          en: 'Every opening logged and promptly reported',
        },
        source: CAMPAIGN_2021,
      },
    ],
  },
  {
    id: 'vocs.treatment',
    title: { zh: '治理设施', en: 'Treatment facilities' },
    items: [
      {
        kind: 'check',
        id: 'vocs.treatment.required-general',
        text: {
          zh: '收集的废气中非甲烷总烃初始排放速率≥3 kg/h的，配置VOCs处理设施，处理效率不低于80%',
          en: 'Collected gas with NMHC initial rate ≥3 kg/h is treated at ≥80% efficiency',
        },
        source: `${GB37822} §10.3`,
        condition: { fact: 'controlLevel', equals: 'general' },
      },
      {
        kind: 'check',
        id: 'vocs.treatment.required-special',
        text: {
          zh: '重点地区收集的废气中非甲烷总烃初始排放速率≥2 kg/h的，配置VOCs处理设施，处理效率不低于80%',
          en: 'Key area: collected gas with NMHC initial rate ≥2 kg/h is treated at ≥80% efficiency',
        },
        source: `${GB37822} §10.3`,
        condition: { fact: 'controlLevel', equals: 'special' },
      },
      {
        kind: 'reading',
        id: 'vocs.treatment.efficiency',
        text: { zh: 'VOCs处理设施处理效率', en: 'VOC treatment efficiency' },
        guidance: {
          zh: '以监测报告或同步测定的进、出口浓度和风量核算。',
          en: 'From a monitoring report, or inlet and outlet concentrations and flows measured together.',
        },
        source: `${GB37822} §10.3`,
        unit: '%',
        repeats: 1,
        judgedBy: 'min',
        decimals: 1,
        instruments: ['document', 'FID'],
        limitRef: 'vocs.treatment-efficiency',
      },
      {
        kind: 'check',
        id: 'vocs.treatment.emission-limits',
        text: {
          zh: '有组织排放浓度和排放速率符合GB 16297或行业排放标准（以监测报告核实）',
          en: 'Stack concentrations and rates meet GB 16297 or the sector standard (per monitoring report)',
        },
        source: 'GB 16297-1996',
      },
      {
        kind: 'check',
        id: 'vocs.treatment.stack-height',
        text: {
          zh: '排气筒高度不低于15 m，并符合环评及排放标准要求',
          en: 'Stack at least 15 m high and as the EIA and standard require',
        },
        source: 'GB 16297-1996',
      },
      {
        kind: 'check',
        id: 'vocs.treatment.in-step',
        text: {
          zh: '治理设施与生产工艺设备同步运行；故障或检修时对应生产设备停止运行，不能停止的设置应急处理设施或采取替代措施',
          en: 'Treatment runs with the process; on failure the process stops or an emergency unit takes over',
        },
        source: `${GB37822} §10.1`,
      },
      {
        kind: 'check',
        id: 'vocs.treatment.effective-technology',
        text: {
          zh: '治理技术与废气特性相匹配，未采用单一低温等离子、光氧化、光催化及非水溶性VOCs废气单一喷淋吸收等低效技术',
          en: 'Technology suits the gas; no single plasma, UV photolysis/photocatalysis, or water scrubbing of insoluble VOCs alone',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'reading',
        id: 'vocs.treatment.iodine-granular',
        text: { zh: '颗粒活性炭碘值', en: 'Iodine value of granular activated carbon' },
        guidance: {
          zh: '查验活性炭产品质量证明或检测报告。',
          en: 'From the carbon certificate or test report.',
        },
        source: CAMPAIGN_2021,
        unit: 'mg/g',
        repeats: 1,
        judgedBy: 'min',
        decimals: 0,
        instruments: ['document'],
        limitRef: 'vocs.activated-carbon-iodine-granular',
      },
      {
        kind: 'reading',
        id: 'vocs.treatment.iodine-honeycomb',
        text: { zh: '蜂窝活性炭碘值', en: 'Iodine value of honeycomb activated carbon' },
        guidance: {
          zh: '查验活性炭产品质量证明或检测报告。',
          en: 'From the carbon certificate or test report.',
        },
        source: CAMPAIGN_2021,
        unit: 'mg/g',
        repeats: 1,
        judgedBy: 'min',
        decimals: 0,
        instruments: ['document'],
        limitRef: 'vocs.activated-carbon-iodine-honeycomb',
      },
      {
        kind: 'check',
        id: 'vocs.treatment.carbon-replacement',
        text: {
          zh: '活性炭装填量符合设计要求，按设计周期更换，更换记录及购买凭证齐全',
          en: 'Carbon charge as designed, replaced on schedule, with replacement records and invoices',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.treatment.spent-carbon',
        text: {
          zh: '废活性炭、废催化剂按危险废物管理，贮存、转移、处置手续齐全',
          en: 'Spent carbon and catalyst handled as hazardous waste with complete records',
        },
        source: '《中华人民共和国固体废物污染环境防治法》',
      },
      {
        kind: 'check',
        id: 'vocs.treatment.combustion-temperature',
        text: {
          zh: '燃烧法（RTO、RCO、TO等）燃烧室温度达到设计要求，温度数据连续记录',
          en: 'Thermal/catalytic oxidisers at design temperature, continuously recorded',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.treatment.catalyst',
        text: {
          zh: '催化剂按要求更换，有更换记录',
          en: 'Catalyst replaced as required, with records',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.treatment.operating-parameters',
        text: {
          zh: '治理设施安装风机电流、压差、温度等运行参数监控，并正常记录',
          en: 'Operating parameters (fan current, pressure drop, temperature) monitored and recorded',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.treatment.sampling-ports',
        text: {
          zh: '处理设施进、出口设置规范的采样口和采样平台',
          en: 'Proper sampling ports and platforms at inlet and outlet',
        },
        source: 'GB/T 16157-1996；HJ/T 397-2007',
      },
    ],
  },
  {
    id: 'vocs.abnormal',
    title: { zh: '非正常工况', en: 'Abnormal operating conditions' },
    items: [
      {
        kind: 'check',
        id: 'vocs.abnormal.residue-drained',
        text: {
          zh: '开停工（车）、检维修和清洗时，在退料阶段将残存物料退净，并用密闭容器盛装',
          en: 'At start-up, shutdown, maintenance and cleaning, residues drained into closed containers',
        },
        source: `${GB37822} §7`,
      },
      {
        kind: 'check',
        id: 'vocs.abnormal.purge-to-treatment',
        text: {
          zh: '退料、清洗、吹扫过程排气排至VOCs废气收集处理系统',
          en: 'Draining, cleaning and purge gases sent to collection and treatment',
        },
        source: `${GB37822} §7`,
      },
      {
        kind: 'check',
        id: 'vocs.abnormal.tank-cleaning',
        text: {
          zh: '储罐清洗作业采取密闭清洗或废气收集处理措施',
          en: 'Tank cleaning closed or with vapour collection and treatment',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.abnormal.plan',
        text: {
          zh: '已制定开停工、检维修等非正常工况VOCs污染防治方案',
          en: 'A VOC control plan exists for start-up, shutdown and maintenance',
        },
        source: CAMPAIGN_2021,
      },
      {
        kind: 'check',
        id: 'vocs.abnormal.logged',
        text: {
          zh: '非正常工况及治理设施故障有记录，并按规定向生态环境部门报告',
          en: 'Abnormal conditions and treatment failures logged and reported as required',
        },
        source: CAMPAIGN_2021,
      },
    ],
  },
  {
    id: 'vocs.ledgers',
    title: { zh: '台账记录', en: 'Ledgers' },
    items: [
      {
        kind: 'check',
        id: 'vocs.ledgers.materials',
        text: {
          zh: '含VOCs原辅材料台账记录名称、VOCs含量、采购量、使用量、回收量、废弃量及去向',
          en: 'Material ledger: name, VOC content, purchased, used, recovered, wasted and destination',
        },
        source: `${GB37822} §10`,
      },
      {
        kind: 'check',
        id: 'vocs.ledgers.treatment-operation',
        text: {
          zh: '治理设施运行台账记录运行时间、废气处理量、操作温度、停留时间、吸附剂再生或更换周期及更换量、催化剂更换周期及更换量、吸收液pH等',
          en: 'Treatment ledger: hours, gas flow, temperature, residence time, sorbent and catalyst replacement, absorbent pH',
        },
        source: `${GB37822} §10`,
      },
      {
        kind: 'check',
        id: 'vocs.ledgers.maintenance',
        text: {
          zh: '治理设施维护保养及故障记录齐全',
          en: 'Maintenance and failure records complete',
        },
        source: `${GB37822} §10`,
      },
      {
        kind: 'check',
        id: 'vocs.ledgers.monitoring',
        text: {
          zh: '自行监测报告及原始记录保存完整',
          en: 'Self-monitoring reports and raw records kept',
        },
        source: PERMIT_REGULATION,
      },
      {
        kind: 'check',
        id: 'vocs.ledgers.hazardous-waste',
        text: {
          zh: '含VOCs危险废物产生、贮存、转移台账及转移联单齐全',
          en: 'Hazardous waste ledger and transfer manifests complete',
        },
        source: '《中华人民共和国固体废物污染环境防治法》',
      },
      {
        kind: 'check',
        id: 'vocs.ledgers.emergency-execution',
        text: {
          zh: '重污染天气应急期间减排措施执行记录齐全',
          en: 'Records of emergency reductions during heavy-pollution alerts',
        },
        source: '吕政办发〔2021〕38号',
      },
      {
        kind: 'check',
        id: 'vocs.ledgers.truthful',
        text: {
          zh: '台账记录真实、完整，与实际生产情况一致',
          en: 'Ledgers truthful, complete and consistent with production',
        },
        source: PERMIT_REGULATION,
      },
      {
        kind: 'check',
        id: 'vocs.ledgers.retention',
        text: {
          zh: '环境管理台账保存期限不少于5年',
          en: 'Environmental ledgers kept at least 5 years',
        },
        guidance: {
          zh: 'GB 37822-2019要求不少于3年，《排污许可管理条例》第二十一条要求不少于5年，按较严者执行。',
          en: 'GB 37822 says 3 years, the Permit Regulation Art. 21 says 5: the stricter applies.',
        },
        source: `${PERMIT_REGULATION}第二十一条`,
      },
    ],
  },
  {
    id: 'vocs.ambient',
    title: { zh: '无组织排放监控', en: 'Fugitive emission monitoring' },
    items: [
      {
        kind: 'check',
        id: 'vocs.ambient.conditions-recorded',
        text: {
          zh: '现场监测时记录气温、气压、天气状况、风向和风速',
          en: 'Temperature, pressure, weather, wind direction and speed recorded with the sampling',
        },
        source: 'HJ/T 55-2000',
      },
      {
        kind: 'reading',
        id: 'vocs.ambient.plant-nmhc-hourly',
        text: { zh: '厂区内非甲烷总烃1 h平均浓度', en: 'Plant-area NMHC, 1-hour average' },
        guidance: {
          zh: '在厂房门窗或通风口等排放口外1 m、距地面1.5 m以上处，1 h内等时间间隔采集3～4个样品，取平均值。',
          en: 'Outside a building opening at 1 m and ≥1.5 m above ground; 3–4 equal-interval samples within 1 h, averaged.',
        },
        source: `${GB37822} 附录A`,
        unit: 'mg/m³',
        repeats: 3,
        maxRepeats: 4,
        judgedBy: 'mean',
        decimals: 1,
        instruments: ['FID'],
        limitRef: 'vocs.plant-area-nmhc-1h',
      },
      {
        kind: 'reading',
        id: 'vocs.ambient.plant-nmhc-single',
        text: { zh: '厂区内非甲烷总烃任意一次浓度', en: 'Plant-area NMHC, any single reading' },
        source: `${GB37822} 附录A`,
        unit: 'mg/m³',
        repeats: 1,
        maxRepeats: 20,
        judgedBy: 'max',
        decimals: 1,
        instruments: ['FID'],
        limitRef: 'vocs.plant-area-nmhc-single',
      },
      {
        kind: 'reading',
        id: 'vocs.ambient.boundary-nmhc',
        text: { zh: '企业边界非甲烷总烃浓度', en: 'Boundary NMHC' },
        guidance: {
          zh: '行业排放标准规定边界限值的，按行业标准执行。',
          en: 'Where a sector standard sets a boundary limit, it applies instead.',
        },
        source: 'GB 16297-1996',
        unit: 'mg/m³',
        repeats: 1,
        maxRepeats: 12,
        judgedBy: 'max',
        decimals: 2,
        instruments: ['FID'],
        limitRef: 'vocs.boundary-nmhc',
      },
    ],
  },
] satisfies TemplateSection[];
