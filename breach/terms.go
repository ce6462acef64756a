package breach

// Terms are an agreement's breach notification terms.
type Terms struct{}
