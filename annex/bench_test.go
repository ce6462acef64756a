package annex

import (
	"encoding/json/v2"
	"testing"

	"golang.org/x/text/language"
)

var sinkString string

func BenchmarkLabel(b *testing.B) {
	for _, bc := range []struct {
		name string
		tag  language.Tag
	}{
		{"nb", nb},
		{"en", en},
		{"nn-NO", language.MustParse("nn-NO")},
		{"da", language.MustParse("da")},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = MeasureEventLogging.Label(bc.tag)
			}
		})
	}
}

func BenchmarkAppendForm(b *testing.B) {
	d := sample()
	for _, bc := range []struct {
		name string
		tag  language.Tag
		f    Format
	}{
		{"text-nb", nb, PlainText},
		{"markdown-en", en, Markdown},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			buf := make([]byte, 0, 1<<16)
			for b.Loop() {
				buf = d.AppendForm(buf[:0], bc.tag, bc.f)
			}
			b.SetBytes(int64(len(buf)))
		})
	}
}

func BenchmarkCheck(b *testing.B) {
	d := sample()
	n := 0
	report := func(string, string) { n++ }
	b.ReportAllocs()
	for b.Loop() {
		d.Check(report)
	}
	if n != 0 {
		b.Fatalf("the sample has %d problems", n)
	}
}

func BenchmarkProcessesChildren(b *testing.B) {
	d := sample()
	b.ReportAllocs()
	for b.Loop() {
		if d.ProcessesChildren() != Yes {
			b.Fatal("want yes")
		}
	}
}

func BenchmarkDescriptionJSON(b *testing.B) {
	data, err := json.Marshal(sample())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var d Description
		if err := decodeStrict(data, &d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendSummary(b *testing.B) {
	d := sample()
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		buf = d.AppendSummary(buf[:0], nb, "    ")
	}
}
