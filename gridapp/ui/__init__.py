"""All Qt code lives here. Nothing outside ``gridapp.ui`` may import PySide6."""
