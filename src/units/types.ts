/**
 * Types of Longchuan County's administrative units (NBS 2023 统计用区划代码).
 *
 * @module
 */

/**
 * Kind of a township-level unit, derived from the end of its NBS name.
 *
 * `town` 镇, `township` 乡, `ethnic_township` 民族乡, `farm` 农场 (a state farm at township level).
 *
 * @clause P3.3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const kind: TownshipKind = findTownship('533124201')!.kind;
 * kind;
 * //=> 'ethnic_township'
 * ```
 */
export type TownshipKind = 'town' | 'township' | 'ethnic_township' | 'farm';

/**
 * Kind of a village-level unit, derived from its committee suffix.
 *
 * `village_committee` 村民委员会 (an administrative village, 行政村; rural by default),
 * `resident_committee` 社区居民委员会 (an urban community; urban by default).
 *
 * @clause P3.16
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const kind: VillageUnitKind = findVillageUnit('533124101001')!.kind;
 * kind;
 * //=> 'resident_committee'
 * ```
 */
export type VillageUnitKind = 'village_committee' | 'resident_committee';

/**
 * Level of an administrative division code, by its length (2/4/6/9/12 digits).
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const level: UnitLevel | undefined = codeLevel('533124');
 * level;
 * //=> 'county'
 * ```
 */
export type UnitLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

/**
 * A township-level unit of Longchuan County (乡级: 镇, 乡, 民族乡 or 农场).
 *
 * @clause P3.3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const zhangfeng: Township | undefined = findTownship('533124101');
 * zhangfeng;
 * //=> { code: '533124101', name: '章凤镇', kind: 'town', kindZh: '镇', parentCode: '533124' }
 * ```
 */
export interface Township {
  /** 9-digit NBS code, e.g. `'533124101'`. */
  readonly code: string;
  /** Name exactly as in NBS 2023, e.g. `'章凤镇'`. */
  readonly name: string;
  /** Kind, derived from the end of the name. */
  readonly kind: TownshipKind;
  /** Kind in Chinese: 镇, 乡, 民族乡 or 农场. */
  readonly kindZh: '镇' | '乡' | '民族乡' | '农场';
  /** 6-digit code of the county, `'533124'`. */
  readonly parentCode: string;
}

/**
 * A village-level unit of Longchuan County (村级: 村民委员会 or 社区居民委员会).
 *
 * @clause P3.16
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const unit: VillageUnit | undefined = findVillageUnit('533124101201');
 * unit;
 * //=> { code: '533124101201', name: '章凤村民委员会', shortName: '章凤村',
 * //     kind: 'village_committee', kindZh: '村民委员会', townshipCode: '533124101' }
 * ```
 */
export interface VillageUnit {
  /** 12-digit NBS code, e.g. `'533124101001'`. */
  readonly code: string;
  /** Name exactly as in NBS 2023, committee suffix included, e.g. `'老街子社区居民委员会'`. */
  readonly name: string;
  /**
   * Everyday name: the NBS name without its committee suffix, ending in 村 or 社区,
   * e.g. `'老街子社区'`, `'章凤村'`.
   */
  readonly shortName: string;
  /** Kind, derived from the committee suffix of the name. */
  readonly kind: VillageUnitKind;
  /** Kind in Chinese: 村民委员会 or 社区居民委员会. */
  readonly kindZh: '村民委员会' | '社区居民委员会';
  /** 9-digit code of the township-level unit the unit belongs to. */
  readonly townshipCode: string;
}

/**
 * The county itself, with its prefecture and province.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const county: County = COUNTY;
 * county.name;
 * //=> '陇川县'
 * ```
 */
export interface County {
  /** 6-digit NBS code, `'533124'`. */
  readonly code: string;
  /** `'陇川县'`. */
  readonly name: string;
  /** 4-digit code of the prefecture, `'5331'`. */
  readonly prefectureCode: string;
  /** `'德宏傣族景颇族自治州'`. */
  readonly prefectureName: string;
  /** 2-digit code of the province, `'53'`. */
  readonly provinceCode: string;
  /** `'云南省'`. */
  readonly provinceName: string;
}
