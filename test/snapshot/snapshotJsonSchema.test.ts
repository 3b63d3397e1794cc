// [S4] The snapshot's JSON Schema speaks Chinese too: form builders that render it for county staff show each field's
// Chinese name (`title`), the CSV template's column header for a unit's fields, beside the English description.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/csvColumns';
import { snapshotJsonSchema } from '../../src/snapshot/snapshotJsonSchema';

type Js = Record<string, any>;
const schema = () => snapshotJsonSchema() as Js;
const props = (node: Js) => node['properties'] as Record<string, Js>;

describe('[S4] snapshotJsonSchema titles', () => {
  it('a unit field is titled with its CSV template header', () => {
    const unit = props(schema()['properties'].units.items);
    expect(CSV_COLUMNS.length).toBeGreaterThan(30);
    for (const c of CSV_COLUMNS) expect(unit[c.field]?.title, c.field).toBe(c.headerZh);
  });

  it('names written out by hand: a count, an area beside its English description, the nested JSON-only fields', () => {
    const unit = props(schema()['properties'].units.items);
    expect(unit['households']).toEqual({ title: '户数', type: 'integer', minimum: 0, maximum: 2_000_000_000 });
    expect(unit['facilityBuildingArea']!.title).toBe('设施建筑面积（平方米）');
    expect(unit['facilityBuildingArea']!.description).toBe('m², at most 2 decimals');
    expect(unit['openingSchedule']!.title).toBe('综合服务设施开放时间');
    expect(unit['cadrePay']!.title).toBe('村（社区）干部报酬结构');
  });

  it('the same kind of field gets the title of where it is, not of another place it is used', () => {
    const js = schema();
    // One count schema serves both; each copy carries its own name.
    expect(props(js['properties'].units.items)['households']!.title).toBe('户数');
    expect(props(js['properties'].county)['households']!.title).toBe('全县户数');
    expect(props(js['properties'].townships.items)['code']!.title).toBe('乡镇（农场）代码');
    expect(props(js['properties'].units.items)['code']!.title).toBe('村级代码');
  });

  it('the top level, the county figures, township records and record lists are titled', () => {
    const js = schema();
    expect(Object.fromEntries(Object.entries(props(js)).map(([k, v]) => [k, v.title]))).toEqual({
      asOf: '数据日期',
      regionCode: '地区代码',
      county: '全县数据',
      units: '村（社区）数据',
      townships: '乡镇（农场）数据',
      records: '台账数据',
      actions: '跟踪事项',
    });
    for (const [where, node] of [
      ['county', js['properties'].county],
      ['townships[]', js['properties'].townships.items],
      ['records', js['properties'].records],
      ['units[]', js['properties'].units.items],
    ] as const) {
      const untitled = Object.entries(props(node)).filter(([, v]) => typeof v.title !== 'string' || v.title === '');
      expect(untitled.map(([k]) => `${where}.${k}`)).toEqual([]);
    }
    expect(props(js['properties'].records)['elderlyVisits']!.properties.visits.title).toBe('探访记录');
  });

  it('a part of a named field carries no title of its own (not its parent’s name either)', () => {
    const js = schema();
    expect(props(js['properties'].county)['oneShoulder']!.items.properties.year.title).toBeUndefined();
    expect(props(js['properties'].units.items)['openingSchedule']!.properties.mon.title).toBeUndefined();
    expect(js['title']).toBeUndefined();
  });

  it('each call returns a fresh schema: changing one result does not change the next', () => {
    const a = schema();
    props(a['properties'].units.items)['households']!.title = 'changed';
    expect(props(schema()['properties'].units.items)['households']!.title).toBe('户数');
  });
});
