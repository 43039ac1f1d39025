// The declaration in include/ is all: the definition is libFuzzer's.
