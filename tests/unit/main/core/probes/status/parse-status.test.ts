import { describe, expect, it } from 'vitest';
import { readStatusFeed, stripJsonp } from '../../../../../../src/main/core/probes/status/parse-status';
import { statusFeed } from '../../../../../support/status-server';

/** A feed whose iCloud Backup service holds exactly `events`, whatever their shape. */
function feedWith(events: unknown, serviceName = 'iCloud Backup'): string {
  return JSON.stringify({ services: [{ serviceName, events }] });
}

const AVAILABLE = { ok: true, status: { state: 'available', message: 'Apple reports iCloud Backup is working normally.' } };

describe('probes', () => {
  describe('status: readStatusFeed, at its edges', () => {
    it.each([
      ['Outage', 'Apple reports an outage of iCloud Backup.'],
      ['Issue', 'Apple reports a problem with iCloud Backup.'],
      ['Performance', 'Apple reports that iCloud Backup is slow.'],
      ['Maintenance', 'Apple is doing maintenance on iCloud Backup.'],
    ])('says what an ongoing %s means when Apple gives no message', (statusType, message) => {
      for (const empty of [null, '']) {
        const events = [{ statusType, eventStatus: 'ongoing', message: empty }];
        expect(readStatusFeed(feedWith(events))).toMatchObject({ ok: true, status: { message } });
      }
    });

    it('says scheduled maintenance is scheduled, with or without a message', () => {
      expect(readStatusFeed(feedWith([{ statusType: 'Maintenance', eventStatus: 'upcoming' }]))).toEqual({
        ok: true,
        status: { state: 'maintenance', message: 'Scheduled: Apple is doing maintenance on iCloud Backup.' },
      });
    });

    it('puts an outage before an issue, whichever Apple lists first', () => {
      const events = [
        { statusType: 'Issue', eventStatus: 'ongoing', message: 'Some fail.' },
        { statusType: 'Outage', eventStatus: 'ongoing', message: 'All fail.' },
      ];
      expect(readStatusFeed(feedWith(events))).toEqual({ ok: true, status: { state: 'outage', message: 'All fail.' } });
    });

    it('reads a kind it does not know, or none, as an issue', () => {
      for (const statusType of ['Degraded', null]) {
        expect(readStatusFeed(feedWith([{ statusType, eventStatus: 'ongoing', message: 'Hm.' }]))).toMatchObject({ status: { state: 'issue' } });
      }
    });

    it('reads the kind and the status whatever their case and spacing', () => {
      const events = [{ statusType: ' OUTAGE ', eventStatus: ' Ongoing ', message: 'Down.' }];
      expect(readStatusFeed(feedWith(events))).toEqual({ ok: true, status: { state: 'outage', message: 'Down.' } });
      expect(readStatusFeed(feedWith([], ' icloud backup '))).toEqual(AVAILABLE);
    });

    it('counts only what is happening now, and maintenance that is coming', () => {
      for (const event of [
        { statusType: 'Maintenance', eventStatus: 'resolved', message: 'Done.' },
        { statusType: 'Maintenance', eventStatus: 'completed', message: 'Done.' },
        { statusType: 'Outage', eventStatus: 'upcoming', message: 'Maybe later.' },
        { statusType: 'Outage', eventStatus: null, message: 'When?' },
      ]) {
        expect(readStatusFeed(feedWith([event])), JSON.stringify(event)).toEqual(AVAILABLE);
      }
    });

    it('skips events it cannot read rather than failing on them', () => {
      const events = [null, 'down', 7, { statusType: 7, eventStatus: 'ongoing' }, { statusType: 'Outage', eventStatus: ['ongoing'] }, { statusType: 'Outage', eventStatus: 'ongoing', message: { text: 'x' } }];
      expect(readStatusFeed(feedWith(events))).toEqual(AVAILABLE);
      expect(readStatusFeed(feedWith(null))).toEqual(AVAILABLE);
    });

    it('cuts a long message to 500 characters before its markup is dropped', () => {
      const events = [{ statusType: 'Issue', eventStatus: 'ongoing', message: `<b>${'x'.repeat(600)}</b>` }];
      const reading = readStatusFeed(feedWith(events));
      expect(reading).toEqual({ ok: true, status: { state: 'issue', message: 'x'.repeat(497) } });
    });

    it('explains a list of services it cannot read', () => {
      expect(readStatusFeed(JSON.stringify({ services: [{ serviceName: 7, events: [] }] }))).toEqual({
        ok: false,
        reason: "Apple's status feed has changed shape; it lists no services.",
      });
    });
  });

  describe('status: stripJsonp', () => {
    it.each([
      ['jsonCallback({"a":1});', '{"a":1}'],
      ['jsonCallback ({"a":1}) ;', '{"a":1}'],
      ['  apple.status_cb({"a":1})  ', '{"a":1}'],
      ['$cb({"a":(1)})', '{"a":(1)}'],
    ])('unwraps %s', (text, json) => {
      expect(stripJsonp(text)).toBe(json);
    });

    it.each(['({"a":1})', '1 + cb({"a":1})', 'cb + ({"a":1})', 'cb({"a":1}', '{"name":"iCloud Backup (US)"}', 'cb', 'null)'])('leaves %s as it is', (text) => {
      expect(stripJsonp(text)).toBe(text);
    });

    it('reads a text with a closing parenthesis and no opening one as not JSON, not as some other JSON', () => {
      // Cut down to what stands before the ")", this text would read as JSON's null.
      expect(readStatusFeed('null)')).toEqual({ ok: false, reason: "Apple's status feed could not be read (it is not JSON)." });
    });

    it('reads a feed padded inside its wrapper', () => {
      expect(readStatusFeed(` jsonCallback ( ${statusFeed([], false)} ) ; `)).toEqual(AVAILABLE);
    });
  });
});
