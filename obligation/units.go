package obligation

// unitEnum gives the units their wire identifiers ("business-day");
// [Unit.String] keeps the English name ("business day") for people.
var unitEnum = enum{typ: "Unit", ids: []string{"", "hour", "day", "business-day", "week", "month", "year"}}

// MarshalText encodes the unit's identifier ("hour", "business-day"); the
// zero Unit is "" and an unknown one is an error.
func (u Unit) MarshalText() ([]byte, error) { return unitEnum.marshal(uint8(u)) }

// UnmarshalText accepts exactly the identifiers MarshalText writes, or "".
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := unitEnum.unmarshal(b)
	*u = Unit(v)
	return err
}
