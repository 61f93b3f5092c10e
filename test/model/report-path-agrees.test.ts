import { describe, expect, it } from 'vitest';
import type { ApplicationGroupKey, ApplicationRowPath } from '../../src/templates/applications-table.js';
import type { ProactiveRowKey } from '../../src/templates/proactive-table.js';
import type { template2019 } from '../../src/templates/template-2019.js';
import type { template2021 } from '../../src/templates/template-2021.js';
import type { ApplicantCounts } from '../../src/model/report.js';
import type { ApplicationsPath, DiagnosticPath, ProactivePath2019, ProactivePath2021 } from '../../src/model/report-path.js';
import { applicantColumns, applicationRowPaths } from '../../src/templates/applications-table.js';
import { reportPaths } from '../../src/index.js';

// The model's path types are derived from its own interfaces (model/ imports
// nothing above it); the template data names the same rows and columns. These
// checks fail to compile when the two drift apart.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const agree = <T extends true>(value: T): T => value;

type TemplateProactive<L> = { [R in keyof L & string]: L[R] extends readonly (infer C extends string)[] ? `proactive.${R}.${C}` : never }[keyof L & string];

describe('the model path types agree with the template data', () => {
  it('in the type system: proactive paths of both templates, table-3 rows and groups', () => {
    expect(agree<Equal<ProactivePath2021, TemplateProactive<(typeof template2021)['proactive']>>>(true)).toBe(true);
    expect(agree<Equal<ProactivePath2019, TemplateProactive<(typeof template2019)['proactive']>>>(true)).toBe(true);
    expect(agree<Equal<ApplicationsPath, `applications.${ApplicationRowPath}.${keyof ApplicantCounts}`>>(true)).toBe(true);
    expect(agree<Equal<Extract<DiagnosticPath, `proactive.${string}`> extends infer P ? (P extends `proactive.${infer R}` ? (R extends `${string}.${string}` ? never : R) : never) : never, ProactiveRowKey>>(true)).toBe(true);
    type Groups = Extract<DiagnosticPath, `applications.${string}`> extends infer P ? (P extends `applications.${infer R}` ? (R extends `${string}.${string}` ? never : R) : never) : never;
    expect(agree<Equal<Exclude<Groups, ApplicationRowPath>, Exclude<ApplicationGroupKey, 'results'>>>(true)).toBe(true);
  });

  it('at run time: the path list is the template rows × the applicant columns', () => {
    const rows = [...new Set([...applicationRowPaths('divided'), ...applicationRowPaths('undivided')])];
    const expected = rows.flatMap((r) => applicantColumns.map((c) => `applications.${r}.${c.key}`)).sort();
    const listed = [...new Set([...reportPaths('2021', 'divided'), ...reportPaths('2019', 'undivided')])].filter((p) => p.startsWith('applications.')).sort();
    expect(listed).toEqual(expected);
  });
});
