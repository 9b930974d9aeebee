"""utenforregnskap: social cost-benefit calculator for Norwegian municipalities."""

__version__ = "0.1.0"
