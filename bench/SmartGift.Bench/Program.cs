// CONTRACT placeholder: the benchmark work replaces this file.
System.Console.WriteLine("bench: not built yet");
