import type { ProactiveLayout } from './proactive-table.js';

/**
 * The 2021 template (国办公开办函〔2021〕30号), used for reports on 2021 and
 * later. Table 2 has 本年制发件数 / 本年废止件数 / 现行有效件数 for 规章 and
 * 行政规范性文件, 本年处理决定数量 for 许可/处罚/强制, and 本年收费金额.
 * Table 3 divides （六）其他处理 into three rows.
 */
export const template2021 = {
  id: '2021',
  /** Row → columns of table 2. */
  proactive: {
    regulations: ['issued', 'repealed', 'inForce'],
    normativeDocuments: ['issued', 'repealed', 'inForce'],
    licensing: ['decisions'],
    punishment: ['decisions'],
    enforcement: ['decisions'],
    fees: ['amount'],
  } satisfies ProactiveLayout,
  /** How （六）其他处理 is laid out in table 3. */
  otherHandling: 'divided',
} as const;
