// Package checker measures a social-media post against the 20 points of the
// Postwijs policy. It knows nothing of the user interface: the window, the
// `postwijs check` command and the tests all call Check.
//
// A check is a Rule: a small declarative value with an id, the policy point
// it serves, a severity, a function that reads a tokenized Doc and returns
// Findings, and example texts that must and must not trigger it. One generic
// test (examples_test.go) runs every rule's examples, so no rule exists
// without proof.
//
// Word lists live as data in assets/lists/<lang>/<topic>.tsv, compiled once
// into phrase matchers on first use (see wordlist.go).
//
// Findings carry byte offsets into the text as given, so callers can
// underline exactly the span a rule is about.
package checker
