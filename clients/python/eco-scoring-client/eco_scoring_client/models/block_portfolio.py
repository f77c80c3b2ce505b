from typing import Literal

BlockPortfolio = Literal["categories", "emerging_industries", "none"]

BLOCK_PORTFOLIO_VALUES: set[BlockPortfolio] = {
    "categories",
    "emerging_industries",
    "none",
}


def check_block_portfolio(value: str) -> BlockPortfolio:
    if value in BLOCK_PORTFOLIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BLOCK_PORTFOLIO_VALUES!r}")
