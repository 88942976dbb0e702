Console.Error.WriteLine("error: no benchmarks yet");
return 1;
