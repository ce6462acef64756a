// Package annex answers "what is processed": purposes, categories of data
// subjects and personal data, special categories, processing operations,
// security needs and measures.
package annex
