// Package assets holds the data Postwijs ships inside its binary: the policy
// text in Dutch and English, the word lists the checks use (one file per
// topic and language), the interface translations and the icon.
//
// Word lists are data, not code: each line of a lists/<lang>/<topic>.tsv file
// is "phrase<TAB>note<TAB>alternative", where note and alternative may be
// empty. Lines starting with # are comments. See checker/wordlist.go for the
// phrase syntax.
package assets

import "embed"

// FS is the read-only file system of everything under assets/.
//
//go:embed policy lists i18n fyne icon.png licences.txt
var FS embed.FS
