// The Lambda entry point (custom runtime `provided.al2023`): the runtime loop and custom-resource handler arrive
// with the Lambda issue. Until then the bootstrap refuses to start rather than pretend to serve.
Console.Error.WriteLine("{\"level\":\"error\",\"message\":\"BatchProvider Lambda runtime is not implemented yet\"}");
return 1;
