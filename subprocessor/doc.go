// Package subprocessor answers "who may process, from when, where, and on
// what legal basis": the register of subprocessors, the authorisation and
// change rules, register diffs, and transfers to third countries.
package subprocessor
