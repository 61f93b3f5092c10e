import type { ProactiveLayout } from './proactive-table.js';

/**
 * The 2019 template (国办公开办函〔2019〕60号), used for reports on 2019 and
 * 2020. Table 2 has 本年新制作数量 / 本年新公开数量 / 对外公开总数量,
 * 上一年项目数量 / 本年增/减 / 处理决定数量, 其他对外管理服务事项 and
 * （九）政府集中采购. Table 3 has one undivided （六）其他处理 row.
 */
export const template2019 = {
  id: '2019',
  /** Row → columns of table 2. */
  proactive: {
    regulations: ['newlyMade', 'newlyPublished', 'totalPublished'],
    normativeDocuments: ['newlyMade', 'newlyPublished', 'totalPublished'],
    licensing: ['previousYearItems', 'change', 'decisions'],
    otherServices: ['previousYearItems', 'change', 'decisions'],
    punishment: ['previousYearItems', 'change', 'decisions'],
    enforcement: ['previousYearItems', 'change', 'decisions'],
    fees: ['previousYearItems', 'change'],
    procurement: ['projects', 'amount'],
  } satisfies ProactiveLayout,
  /** How （六）其他处理 is laid out in table 3. */
  otherHandling: 'undivided',
} as const;
