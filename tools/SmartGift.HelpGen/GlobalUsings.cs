// The namespaces most of the generator's files use, imported once so each file lists only its own.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Text.RegularExpressions;
