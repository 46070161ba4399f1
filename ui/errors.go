package ui

import "fmt"

// errorWithContext says what the user was doing when err happened.
func errorWithContext(what string, err error) error {
	return fmt.Errorf("%s: %w", what, err)
}
