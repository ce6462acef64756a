// Command dpa reads processor agreements kept as JSON files and answers,
// without any Go, the questions the library answers: is the file well
// formed, what does the Art. 28 review find, which duties does an event
// create and by when, when must a breach be notified, what does a
// subprocessor change require, and on what basis do the subprocessors
// transfer data.
//
// Usage:
//
//	dpa COMMAND [flags] FILE|DIR... [flags]
//
// The commands:
//
//	validate      decode strictly and check every file; list every problem with its JSON path
//	review        the Art. 28 review of each agreement on a date (--on)
//	agenda        the duties an event (--event, at --at) creates, with their due instants
//	breach        the breach deadlines and notice contents for an incident discovered at --at
//	subprocessor  what a subprocessor change (--change, noticed at --at) requires
//	transfers     the legal basis of each subprocessor's transfers on a date (--on)
//	render        the agreement's annexes (the description of the processing) as a form
//
// A DIR argument stands for every .json file below it, in lexical order.
// Every file is read and reported on its own: a bad file is reported and
// the others are still read. Flags may come before or after the file
// names, as with go test; "--" ends the flags.
//
// The flags every command takes:
//
//	--on DATE       the day to evaluate on, 2006-01-02 (default: the day of --at, or today in Europe/Oslo)
//	--at TIME       the instant of the event, RFC 3339 or 2006-01-02T15:04 in Europe/Oslo
//	                (default: the start of --on, or now)
//	--lang nb|en    the language of labels and messages (default nb)
//	--format F      text, markdown or json (default text)
//
// And per command:
//
//	review:        --fail-on unmet|weak   exit 1 when a finding is at least this severe
//	agenda:        --event KIND           the event, such as termination-notice or audit-requested
//	               --effective TIME       when what the event announces takes effect
//	               --by PARTY             who gave a termination notice: controller or processor
//	               --under CLAUSE         the clause of the right a termination notice exercises
//	breach:        --incident FILE        the incident as JSON (default: one discovered at --at)
//	               --ics                  write the duties as one iCalendar instead (also for breach and subprocessor)
//	render:        --ids                  with --format json, each annex value's DPV and fideslang identifiers
//	subprocessor:  --change KIND          add, replace, remove, relocate, move-access, widen, amend (default add)
//	               --name NAME            the subprocessor concerned
//	               --start TIME           its planned start
//
// # Calendars
//
// With --ics, agenda, breach and subprocessor write, instead of a report,
// one iCalendar (RFC 5545) holding a to-do for every duty of every file,
// due in Europe/Oslo, with its clause and condition in the description.
// The to-dos' UIDs depend on the agreement and on what the duty is, not on
// when it is due, so importing a later export updates the to-dos rather
// than adding new ones. Files that cannot be read are reported on standard
// error.
//
// # Exit status
//
//	0  every file was read and nothing reached the --fail-on threshold
//	1  a review finding at or above the --fail-on threshold
//	2  bad input: a usage error, a file that cannot be read, decoded or
//	   validated (reported per file; the other files are still reported)
//
// Bad input outranks findings: a run with both exits 2.
//
// When standard error is a terminal, dpa shows its progress over many
// files there; standard output carries the reports alone.
package main
