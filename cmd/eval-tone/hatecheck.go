package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"

	"postwijs/checker"
)

// testCase is one row of hatecheck-nl.csv.
type testCase struct {
	id            int // case_id: odd rows were developed on, even rows held out
	functionality string
	text          string
	hateful       bool
}

// result is a test case with the findings that count for it.
type result struct {
	testCase
	rules []string // ids of the point-7 and point-10 warnings and errors
}

func (r result) flagged() bool { return len(r.rules) > 0 }

// readHateCheck reads the columns it needs by their header names.
func readHateCheck(path string) ([]testCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rd := csv.NewReader(f)
	header, err := rd.Read()
	if err != nil {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, need := range []string{"case_id", "functionality", "test_case", "label_gold"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: no column %q", path, need)
		}
	}
	var out []testCase
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		id, err := strconv.Atoi(rec[col["case_id"]])
		if err != nil {
			return nil, fmt.Errorf("%s: case_id %q", path, rec[col["case_id"]])
		}
		out = append(out, testCase{id: id, functionality: rec[col["functionality"]],
			text: rec[col["test_case"]], hateful: rec[col["label_gold"]] == "hateful"})
	}
}

// judge checks every case as a Dutch post.
func judge(cases []testCase) []result {
	out := make([]result, len(cases))
	for i, c := range cases {
		out[i].testCase = c
		seen := map[string]bool{}
		for _, f := range checker.Check(c.text, checker.Options{Lang: "nl"}) {
			if (f.Point == 7 || f.Point == 10) && f.Severity >= checker.Warning && !seen[f.Rule] {
				seen[f.Rule] = true
				out[i].rules = append(out[i].rules, f.Rule)
			}
		}
		sort.Strings(out[i].rules)
	}
	return out
}

// inRows selects all, odd or even case ids.
func inRows(r result, rows string) bool {
	switch rows {
	case "odd":
		return r.id%2 == 1
	case "even":
		return r.id%2 == 0
	}
	return true
}
