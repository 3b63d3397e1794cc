// Tests written to kill the Stryker survivors of src/actions/ACTIONS.ts: getAction's error and isActionId on values
// that are not strings.
import { describe, expect, it } from 'vitest';
import { getAction, isActionId, type ActionId } from '../../src/actions/ACTIONS';

describe('getAction', () => {
  it('throws a RangeError naming the unknown ID', () => {
    expect(() => getAction('nope' as ActionId)).toThrow(new RangeError('Unknown action ID: nope'));
    expect(() => getAction('t3-opening-hours' as ActionId)).toThrow(new RangeError('Unknown action ID: t3-opening-hours'));
  });
});

describe('isActionId', () => {
  it.each([['s1-annual-task-list'], ['t1-joint-meeting-system'], ['s4-target-responsibility']])('%s (an entry of the catalogue) is an action ID', (id) => {
    expect(isActionId(id)).toBe(true);
  });
  it.each([[undefined], [null], [1], [true], [{}], [['t9-self-service-devices']], [Symbol('t9-self-service-devices')], [''], ['T9'], ['t3-opening-hours']])(
    '%s is not an action ID',
    (v) => {
      expect(isActionId(v)).toBe(false);
    },
  );
  it('an object whose string form is an action ID is not one', () => {
    expect(isActionId({ toString: () => 't9-self-service-devices' })).toBe(false);
    expect(isActionId(new String('t9-self-service-devices'))).toBe(false);
  });
});
