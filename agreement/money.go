package agreement

// Liability is an agreement's limitation of liability.
type Liability struct{}

// Fees are an agreement's prices, invoicing and refund terms.
type Fees struct{}

// Assistance is what the processor's assistance to the controller costs.
type Assistance struct{}
