package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A tiny HateCheck-shaped file written here (not taken from the corpus):
// two hateful rows, one caught and one missed, and two non-hateful rows,
// one of them a false alarm.
const sample = `functionality,case_id,test_case,label_gold,target_ident
derog_h,1,Moslims zijn tuig.,hateful,Muslims
derog_h,2,Moslims zijn niet zo handig.,hateful,Muslims
ident_nh,3,Moslims vieren het Suikerfeest.,non-hateful,Muslims
ident_nh,4,Ik haat moslims.,non-hateful,Muslims
`

func TestFiguresFromTheCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "hatecheck-nl.csv"), []byte(sample), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errs strings.Builder
	if code := run([]string{"-corpora", dir}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	got := out.String()
	for _, want := range []string{
		"all                           2    50.0%         50.0%",
		"derog_h                  2 hateful (caught)         50.0%",
		"ident_nh                 2 non-hateful (alarm)      50.0%",
		"GrofLex: not found",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestListsMissedRows(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "hatecheck-nl.csv"), []byte(sample), 0o600)
	var out strings.Builder
	run([]string{"-corpora", dir, "-show", "missed", "-rows", "all"}, &out, &out)
	if got := strings.TrimSpace(out.String()); got != "2\tderog_h\t\tMoslims zijn niet zo handig." {
		t.Errorf("missed rows: %q", got)
	}
}

func TestNoCorporaIsNoFailure(t *testing.T) {
	var out strings.Builder
	if code := run([]string{"-corpora", filepath.Join(t.TempDir(), "absent")}, &out, &out); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "no corpora") {
		t.Errorf("output: %s", out.String())
	}
}
