package agreement

// Audit is an agreement's audit and inspection terms.
type Audit struct{}

// EndOfProcessing is what happens to the data when the agreement ends:
// return, export, deletion and confirmation.
type EndOfProcessing struct{}

// Requests are the processor's duties when a data subject, an authority or
// a third party asks it about the processing.
type Requests struct{}

// Instructions are the terms on the controller's instructions, including
// the duty to say when an instruction appears to infringe the law.
type Instructions struct{}

// Confidentiality is the duty of confidentiality and whether it survives
// the agreement.
type Confidentiality struct{}

// Delivery are the service agreement's delivery, support and renewal-notice
// terms where the agreement has them.
type Delivery struct{}
