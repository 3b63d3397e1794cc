// The Chinese names of the snapshot's fields, which the reports print in the missing-data table: the unit fields are
// the CSV template's headers word for word, and every field a county can report has a name.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, JSON_ONLY_UNIT_FIELDS } from '../../src/cli/csvColumns';
import { evaluate } from '../../src/evaluate/evaluate';
import { SAMPLE_SNAPSHOT } from '../../src/sample';
import { countySchema } from '../../src/snapshot/countySchema';
import { fieldNameZh, OTHER_FIELD_NAMES_ZH, UNIT_FIELD_NAMES_ZH } from '../../src/snapshot/fieldNames';
import { recordsSchema } from '../../src/snapshot/ruleData/records';
import { townshipRecordSchema } from '../../src/snapshot/ruleData/townshipRecord';
import { unitSchema } from '../../src/snapshot/unitSchema';

const keys = (schema: unknown): string[] => Object.keys((schema as { shape: Record<string, unknown> }).shape);

describe('[S4] field names', () => {
  it('a unit field is named as the CSV template heads its column', () => {
    for (const c of CSV_COLUMNS) expect(UNIT_FIELD_NAMES_ZH[c.field], c.field).toBe(c.headerZh);
  });

  it('every field of a unit, of the county figures, of a township record and every record list has a name', () => {
    expect(keys(unitSchema).filter((k) => fieldNameZh(k) === null)).toEqual([]);
    expect(Object.keys(UNIT_FIELD_NAMES_ZH).sort()).toEqual([...CSV_COLUMNS.map((c) => c.field), ...JSON_ONLY_UNIT_FIELDS].sort());
    expect(keys(countySchema).filter((k) => !Object.hasOwn(OTHER_FIELD_NAMES_ZH, `county.${k}`))).toEqual([]);
    expect(keys(townshipRecordSchema).filter((k) => !Object.hasOwn(OTHER_FIELD_NAMES_ZH, `townships[].${k}`))).toEqual([]);
    expect(keys(recordsSchema).filter((k) => !Object.hasOwn(OTHER_FIELD_NAMES_ZH, `records.${k}`))).toEqual([]);
  });

  it('every field the sample or an all-missing snapshot lacks has a name', () => {
    const fields = [evaluate(SAMPLE_SNAPSHOT), evaluate({ asOf: '2024-12-31', units: [] })].flatMap((e) => e.summary.missingData.map((m) => m.field));
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((f) => fieldNameZh(f) === null)).toEqual([]);
  });

  it('names a path by its own name, indices ignored, or by the field it lies in', () => {
    expect(fieldNameZh('unit')).toBe('未报送的村（社区）');
    expect(fieldNameZh('households')).toBe('户数');
    expect(fieldNameZh('county.brandProjects')).toBe('培育品牌项目数');
    expect(fieldNameZh('townships')).toBe('乡镇（农场）数据');
    expect(fieldNameZh('townships[3].hasRegionalElderlyCareCentre')).toBe('有无区域性养老服务中心');
    expect(fieldNameZh('records.relocationSites[].hasServiceFacility')).toBe('安置点有无综合服务设施');
    expect(fieldNameZh('records.elderlyVisits.visits[12].date')).toBe('探访记录');
    expect(fieldNameZh('openingSchedule.mon[0]')).toBe('综合服务设施开放时间');
    expect(fieldNameZh('cadrePay.basicPay')).toBe('村（社区）干部报酬结构');
    // Not a field of the snapshot, nor inherited from Object.prototype.
    for (const p of ['nothing', 'x.y', 'constructor', '__proto__', 'toString', '']) expect(fieldNameZh(p), p).toBeNull();
  });
});
