package demo

import (
	"fmt"
	"io"

	"github.com/genesyskit/genesyskit/genesystest"
)

// commState is what the examples may change on a communication.
type commState struct {
	held               bool
	draftNote, wrapped string
}

// Snapshot is the state of every communication of a simulator at one
// moment, taken before an example acts so that Report can tell what it
// changed.
type Snapshot struct {
	comms map[string]commState
}

// TakeSnapshot records the state of every communication of sim.
func TakeSnapshot(sim *genesystest.Server) Snapshot {
	out := map[string]commState{}
	for _, c := range sim.Conversations() {
		for _, p := range c.Participants {
			for _, m := range p.Communications {
				out[m.ID] = stateOf(m)
			}
		}
	}
	return Snapshot{comms: out}
}

// ReportOptions shape what Snapshot.Report prints.
type ReportOptions struct {
	// Heading is the line printed first, after an empty line.
	Heading string
	// HoldSince adds the time a hold began, where the simulator records
	// it.
	HoldSince bool
}

// Report prints, after opts.Heading, what changed in sim since the
// snapshot: one line a change (on or off hold, a draft wrap-up note, a
// wrap-up), or "nothing".
func (s Snapshot) Report(w io.Writer, sim *genesystest.Server, opts ReportOptions) {
	fmt.Fprintln(w, "\n"+opts.Heading)
	changed := false
	for _, c := range sim.Conversations() {
		for _, p := range c.Participants {
			for _, m := range p.Communications {
				was, now := s.comms[m.ID], stateOf(m)
				who := fmt.Sprintf("  %s (%s) on %s %s:", p.Name, p.Purpose, c.MediaType, Abbreviate(c.ID))
				if now.held != was.held {
					changed = true
					if now.held && opts.HoldSince && m.StartHoldTime != nil {
						fmt.Fprintln(w, who, "on hold since", m.StartHoldTime.Format("15:04:05 MST"))
					} else if now.held {
						fmt.Fprintln(w, who, "on hold")
					} else {
						fmt.Fprintln(w, who, "off hold")
					}
				}
				if now.draftNote != was.draftNote {
					changed = true
					fmt.Fprintf(w, "%s draft wrap-up note %q\n", who, now.draftNote)
				}
				if now.wrapped != was.wrapped && m.Wrapup != nil {
					changed = true
					fmt.Fprintf(w, "%s wrapped up with code %s, notes %q\n", who, Abbreviate(m.Wrapup.Code), m.Wrapup.Notes)
				}
			}
		}
	}
	if !changed {
		fmt.Fprintln(w, "  nothing")
	}
}

func stateOf(m *genesystest.Communication) commState {
	s := commState{held: m.Held}
	if m.ProvisionalWrapup != nil {
		s.draftNote = m.ProvisionalWrapup.Notes
	}
	if m.Wrapup != nil {
		s.wrapped = m.Wrapup.Code + " " + m.Wrapup.Notes
	}
	return s
}
