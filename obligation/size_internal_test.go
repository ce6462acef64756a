package obligation

import (
	"encoding/json/v2"
	"testing"
	"unsafe"
)

// TestSizes pins the sizes an agenda's cost depends on: Agenda allocates
// its duties in one block, and four duties of at most 216 bytes (with the
// allocator's 8-byte header) fit the 896-byte size class where 240-byte
// duties took 1 024 bytes and measurably more time.
func TestSizes(t *testing.T) {
	if n := unsafe.Sizeof(Duty{}); n > 216 {
		t.Errorf("Duty takes %d bytes, want at most 216", n)
	}
	if n := unsafe.Sizeof(Cost{}); n != 32 {
		t.Errorf("Cost takes %d bytes, want 32", n)
	}
	if n := unsafe.Sizeof(Assumption{}); n != 8 {
		t.Errorf("Assumption takes %d bytes, want 8", n)
	}
}

// TestCostJSON checks that a Cost keeps its JSON member order, kind, rate,
// per, although Per comes before Rate in the struct, and that it decodes
// back.
func TestCostJSON(t *testing.T) {
	c := Cost{Kind: Billed, Rate: NOK(1100), Per: Hour}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"kind":"billed","rate":"1100 NOK","per":"hour"}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var back Cost
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(c) {
		t.Errorf("Unmarshal = %+v, %v; want %+v", back, err, c)
	}
	if b, err := json.Marshal(Cost{Kind: Free}); err != nil || string(b) != `{"kind":"free"}` {
		t.Errorf("Marshal of a free cost = %s, %v", b, err)
	}
}
