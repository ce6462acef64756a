// Package annex answers "what is processed": the description of the
// processing that GDPR Art. 28(3) requires a processor agreement to set out,
// as Annex II of the 2021/915 standard contractual clauses and the
// check-lists of Norwegian agreements (Assistert Selvhjelp's Vedlegg 1)
// lay it out.
//
// # Descriptions, lists and items
//
// A [Description] holds seven lists: purposes, categories of data
// subjects, categories of personal data, special categories (GDPR Art. 9(1)
// and, kept apart, Art. 10), processing operations (the verbs of Art. 4(2)),
// special security needs, and security measures under the seventeen
// headings of Annex III of the 2021/915 clauses; and, in the agreement's
// own words, the nature and the duration of the processing.
//
// Each list is a [List] that says whether and where the agreement gives it:
// [ListAbsent] (the agreement has no such list), [ListStated],
// [ListNone] (the agreement says outright there is nothing, such as "no
// sensitive data"), or [ListBlank] (the list is introduced and left empty,
// as in MailMojo's agreement). Its entries are [Item] values: a known
// enumeration value, or the enumeration's "other" value with the
// agreement's text ("Annet (vennligst spesifiser): …"). Named aliases such
// as [Purpose], [DataSubject] and [Measure] keep literals readable:
//
//	annex.ListAt("Vedlegg 3.3 §1.2",
//		annex.DataSubject{Kind: annex.SubjectPersonsOver18},
//		annex.DataSubject{Kind: annex.SubjectPersonsUnder18},
//	)
//
// [Description.ProcessesChildren] and [Description.ProcessesSpecialCategories]
// answer the two questions a review asks first, as an [Answer] that keeps
// "not stated" apart from "no".
//
// # Enumerations
//
// [PurposeKind], [SubjectKind], [DataKind], [SpecialKind],
// [OperationKind], [NeedKind] and [MeasureKind] are small integers whose
// zero value means unspecified. Each has String, strict MarshalText and
// UnmarshalText with stable English identifiers in kebab case
// ("persons-under-18"), and Label, which gives Norwegian Bokmål for the
// tags nb, nn and no and English otherwise, without allocating.
//
// # Validation, JSON and display
//
// [Description.Check] reports every well-formedness problem through a
// callback with a JSON field path, so that a larger value can collect them
// under its own prefix; the package imports nothing else of the library.
// Every type marshals to readable JSON and decodes strictly.
// [Description.AppendForm] and [Description.WriteForm] render the
// description as a check-list form, in plain text or Markdown, in either
// language, with a ticked (☒) or unticked (☐) box for every value.
package annex
