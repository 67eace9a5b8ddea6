// The moto launcher, seeder and sandbox live in the product (the CLI sandbox uses them too); tests see them everywhere.
global using BatchProvider.Sandbox.Moto;
