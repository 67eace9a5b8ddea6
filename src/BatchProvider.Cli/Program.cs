Console.Error.WriteLine("batchstack: no commands yet");
return 2;
