# sam build (BuildMethod: makefile) runs `make build-<LogicalId>` with ARTIFACTS_DIR set to the function's build folder.
# The function is one Native AOT file: scripts/publish builds it, this copies it where SAM packages from.
.PHONY: build-ProviderFunction

build-ProviderFunction:
	bash scripts/publish lambda
	cp artifacts/lambda/bootstrap "$(ARTIFACTS_DIR)/bootstrap"
