// Package breach answers "when must this breach be notified, to whom, and
// with what contents": an agreement's breach terms, incidents, and the
// Art. 33 and 34 assessment.
package breach
