CREATE TABLE "Stock" ( -- expect: naming/snake-case public.Stock "rename it to stock"
    "PortfolioEntry" varchar(20) NOT NULL -- expect: naming/snake-case public.Stock.PortfolioEntry "rename it to portfolio_entry"
);
