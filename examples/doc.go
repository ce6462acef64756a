// Package examples holds the five real Norwegian processor agreements the
// library was built from, as [agreement.Agreement] values: [WeAreMedia],
// [AssistertSelvhjelp], [Nortelecom], [MailMojo] and [We4you]. Each
// function returns a fresh value, so callers may change it freely.
//
// Every term carries the clause of the published text it comes from. Where
// a text has no clause numbers (We Are Media, We4you), the clause is the
// heading of its section. The texts are modelled as published, gaps and
// errors included: a seed is valid (well formed) whatever its legal gaps.
//
// [Corpus] holds four more real agreements, in English, Swedish and
// Norwegian, that the model is tried on beside the seeds: [Aptible],
// [Stimma], [Sporlos] and [Cradl].
//
// The JSON form of each seed is kept in testdata/, that of the corpus in
// testdata/corpus/, and checked against these values by the tests; run
// `go test ./examples -update` to rewrite them.
//
// The program in examples/tour prints what the library knows about each.
package examples
