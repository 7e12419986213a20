"""Use cases: the only layer that opens a unit of work. Takes plain values, returns frozen
read models; the GUI and the CLI call only this layer (plus domain and errors)."""
