"""Lists of people from outside (an embassy's spreadsheet), read, mapped and checked."""
