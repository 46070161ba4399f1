package checker

// LongPostNL is the realistic 3,000-character Dutch post of the
// benchmarks, for the external benchmarks that load the real speller.
var LongPostNL = longPostNL
