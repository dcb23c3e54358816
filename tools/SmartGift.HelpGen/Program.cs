System.Console.WriteLine("helpgen: not built yet");
