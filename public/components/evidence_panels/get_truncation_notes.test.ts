import { getTruncationNotes } from './get_truncation_notes';
import { CLIENT_EVENTS_SAMPLED, TIMELINE_INCOMPLETE, TRUNCATED_BODY } from './translations';

describe('getTruncationNotes', () => {
  it('returns no notes for complete evidence', () => {
    expect(getTruncationNotes([])).toEqual({});
  });

  it('maps server sections to panels', () => {
    const notes = getTruncationNotes(['server_process', 'children']);

    expect(notes.process).toBe(TRUNCATED_BODY);
    expect(notes.children).toBe(TRUNCATED_BODY);
    expect(notes.clients).toBeUndefined();
  });

  it('marks the timeline incomplete', () => {
    expect(getTruncationNotes(['files']).timeline).toBe(TIMELINE_INCOMPLETE);
  });

  it('explains sampled client events', () => {
    const notes = getTruncationNotes(['client_events']);

    expect(notes.clients).toBe(CLIENT_EVENTS_SAMPLED);
    expect(notes.timeline).toBe(TIMELINE_INCOMPLETE);
  });

  it('prefers the truncated client list note', () => {
    expect(getTruncationNotes(['client_events', 'clients']).clients).toBe(TRUNCATED_BODY);
  });

  it('ignores sections without a panel', () => {
    expect(getTruncationNotes(['building_blocks'])).toEqual({});
  });
});
