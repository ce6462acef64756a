package obligation

var unitIDs = [...]string{"", "hour", "day", "business-day", "week", "month", "year"}

// MarshalText encodes the unit's identifier ("hour", "business-day"); the
// zero Unit is "" and an unknown one is an error.
func (u Unit) MarshalText() ([]byte, error) {
	e := enum{typ: "Unit", ids: unitIDs[:]}
	return e.marshal(uint8(u))
}

// UnmarshalText accepts exactly the identifiers MarshalText writes, or "".
func (u *Unit) UnmarshalText(b []byte) error {
	e := enum{typ: "Unit", ids: unitIDs[:]}
	v, err := e.unmarshal(b)
	*u = Unit(v)
	return err
}
