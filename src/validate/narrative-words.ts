import type { ApplicantCounts } from '../model/report.js';
import { applicantColumns, applicantHeaderLabels } from '../templates/applications-table.js';
import { proactiveRows } from '../templates/proactive-table.js';
import { reviewGroups, reviewHeaderLabels } from '../templates/review-litigation-table.js';

/**
 * The words around a quantity in the body text that tie it to one table
 * value. Template labels are taken from the template data; the verbs are
 * the ones reports use in prose (受理, 办结, 制发…), which the tables do not
 * have.
 */

/** What a quantity stated in the body text counts. */
export type NarrativeMeasure =
  /** 受理/收到/新收…申请 N 件 — 表三 一、本年新收 (or 一 + 二). */
  | 'received'
  /** 上年结转 N 件 — 表三 二、上年结转. */
  | 'carriedOver'
  /** 办结/答复 N 件 — 表三 （七）总计. */
  | 'closed'
  /** 结转下年度 N 件 — 表三 四、结转下年度继续办理. */
  | 'carriedForward'
  /** 行政复议 N 件 — 表四 行政复议 总计. */
  | 'review'
  /** 行政诉讼 N 件 — 表四 未经复议直接起诉 + 复议后起诉 总计. */
  | 'litigation'
  /** 未经复议直接起诉 N 件. */
  | 'directSuit'
  /** 复议后起诉 N 件. */
  | 'suitAfterReview'
  /** 制发/印发 N 件 (2021 template) — 表二 本年制发件数. */
  | 'issued'
  /** 废止 N 件 (2021 template) — 表二 本年废止件数. */
  | 'repealed'
  /** 现行有效 N 件 (2021 template) — 表二 现行有效件数. */
  | 'inForce'
  /** 新制作 N 件 (2019 template) — 表二 本年新制作数量. */
  | 'newlyMade'
  /** 新公开 N 件 (2019 template) — 表二 本年新公开数量. */
  | 'newlyPublished'
  /** 行政事业性收费 N 万元 (2021 template) — 表二 本年收费金额. */
  | 'feeAmount';

/** Which table a measure belongs to; decides which words must come with it. */
export type MeasureFamily = 'applications' | 'reviewLitigation' | 'documents' | 'fees';

/** The family of each measure. */
export const measureFamily: Readonly<Record<NarrativeMeasure, MeasureFamily>> = {
  received: 'applications',
  carriedOver: 'applications',
  closed: 'applications',
  carriedForward: 'applications',
  review: 'reviewLitigation',
  litigation: 'reviewLitigation',
  directSuit: 'reviewLitigation',
  suitAfterReview: 'reviewLitigation',
  issued: 'documents',
  repealed: 'documents',
  inForce: 'documents',
  newlyMade: 'documents',
  newlyPublished: 'documents',
  feeAmount: 'fees',
};

/** An applicant column named in prose, or all five organisation columns together. */
export type ApplicantKind = Exclude<keyof ApplicantCounts, 'total'> | 'organizations';

/** A 表二 row that prose names as the subject of 制发/废止/现行有效. */
export type DocumentRow = 'regulations' | 'normativeDocuments';

/** A word of prose and what it marks. */
export type NarrativeWord =
  | { readonly word: string; readonly kind: 'measure'; readonly measure: NarrativeMeasure }
  | { readonly word: string; readonly kind: 'applicant'; readonly applicant: ApplicantKind }
  | { readonly word: string; readonly kind: 'document'; readonly document: DocumentRow }
  /** A quantity near these words is relative or approximate (较上年, 增加, 约): not a table value. */
  | { readonly word: string; readonly kind: 'relative' }
  /** A quantity near these words counts something else (信件, 留言, 建议, 提案…), whatever the verb. */
  | { readonly word: string; readonly kind: 'foreign' }
  /** A longer word that contains a marked word without meaning it (规章制度 is not 规章). */
  | { readonly word: string; readonly kind: 'none' };

function variantsOf<K extends string>(entries: readonly { key: K; variants: readonly string[]; exact?: boolean }[], key: K): readonly string[] {
  const entry = entries.find((e) => e.key === key);
  return entry ? entry.variants : [];
}

const measures = (measure: NarrativeMeasure, words: readonly string[]): NarrativeWord[] =>
  words.map((word) => ({ word, kind: 'measure', measure }));

/** Applicant columns as prose names them: the template's variants, without 其他/总计 (too common in prose). */
const applicantWords: NarrativeWord[] = [
  ...applicantColumns
    .filter((c) => !c.exact && c.key !== 'total' && c.key !== 'other')
    .flatMap((c) => c.variants.map((word): NarrativeWord => ({ word, kind: 'applicant', applicant: c.key as ApplicantKind }))),
  ...variantsOf(applicantHeaderLabels, 'organizations').map((word): NarrativeWord => ({ word, kind: 'applicant', applicant: 'organizations' })),
];

/**
 * Every marked word. Where two overlap, the longer wins (上年结转 over
 * 上年, 规章制度 over 规章), so the order here does not matter.
 */
export const narrativeWords: readonly NarrativeWord[] = [
  ...measures('received', ['受理', '收到', '新收', '接收', '共收']),
  ...measures('carriedOver', ['上年结转', '上年度结转', '上一年度结转', '上一年结转']),
  ...measures('closed', ['办结', '答复', '回复', '办理完毕']),
  ...measures('carriedForward', ['结转下年度', '结转下一年度', '结转至下年度', '结转到下年度', '转入下年度']),
  ...measures('review', variantsOf(reviewGroups, 'review')),
  ...measures('directSuit', variantsOf(reviewGroups, 'directSuit')),
  ...measures('suitAfterReview', variantsOf(reviewGroups, 'suitAfterReview')),
  ...measures('litigation', variantsOf(reviewHeaderLabels, 'litigation')),
  ...measures('issued', ['制发', '印发']),
  ...measures('repealed', ['废止']),
  ...measures('inForce', ['现行有效']),
  ...measures('newlyMade', ['新制作']),
  ...measures('newlyPublished', ['新公开']),
  ...measures('feeAmount', variantsOf(proactiveRows, 'fees')),
  ...applicantWords,
  ...variantsOf(proactiveRows, 'normativeDocuments').map((word): NarrativeWord => ({ word, kind: 'document', document: 'normativeDocuments' })),
  ...variantsOf(proactiveRows, 'regulations').map((word): NarrativeWord => ({ word, kind: 'document', document: 'regulations' })),
  ...['规章制度'].map((word): NarrativeWord => ({ word, kind: 'none' })),
  ...['信件', '来信', '来电', '留言', '热线', '咨询', '建议', '提案', '议案', '工单', '诉求'].map((word): NarrativeWord => ({ word, kind: 'foreign' })),
  ...['同比', '较上年', '比上年', '较去年', '比去年', '增长', '增加', '减少', '下降', '上升', '新增', '约', '近', '超过', '逾', '不足', '平均', '历年', '占'].map(
    (word): NarrativeWord => ({ word, kind: 'relative' }),
  ),
];

/** The word that ties application quantities to 表三: without it in the sentence, 受理/办结 may be about letters or calls. */
export const APPLICATION_CONTEXT = '申请';

/** Units of a count in prose, longest first. */
export const COUNT_UNITS: readonly string[] = ['件次', '件', '宗', '起', '个', '部', '份'];

/** The unit of 表二's money columns. */
export const MONEY_UNIT = '万元';

/** Characters right after a number that make it approximate or scaled (2000余条, 3万件). */
export const APPROXIMATE_AFTER: readonly string[] = ['余', '多', '万', '亿', '千', '百', '%', '％'];
